#!/usr/bin/env bash
# The local mail server of the end-to-end mail test (MailServerTests): Postfix
# from Debian's packages, delivering mail for minutesmail+anything@localhost
# to the mbox /var/mail/minutesmail, reachable through /usr/sbin/sendmail.
#
# Idempotent and quick when done: installs Postfix only when it is missing,
# creates the mailbox user only when there is none, starts Postfix only when
# it is not running. Without root (or apt-get) it says so and leaves the
# machine alone; the test then says it is skipped and why. Under CI=true a
# failure to set the server up fails the run, so that CI never passes by
# skipping the test.
set -euo pipefail
# postfix, postconf and useradd live in the sbin folders.
export PATH="$PATH:/usr/sbin:/sbin"

user=minutesmail

skip() {
  echo "mail-server: $1; the end-to-end mail test will be skipped" >&2
  if [ "${CI:-}" = true ]; then exit 1; fi
  exit 0
}

[ "$(id -u)" = 0 ] || skip "not root, cannot install or start a mail server"

if [ ! -x /usr/sbin/postfix ]; then
  command -v apt-get >/dev/null || skip "no apt-get to install Postfix with"
  echo "mail-server: installing Postfix (local delivery only)" >&2
  echo "postfix postfix/main_mailer_type select Local only" | debconf-set-selections
  echo "postfix postfix/mailname string localhost" | debconf-set-selections
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || skip "apt-get update failed"
  apt-get install -y -qq --no-install-recommends postfix >/dev/null \
    || skip "apt-get install postfix failed"
fi

getent passwd "$user" >/dev/null \
  || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"

# Local delivery only, and user+anything@localhost into user's mailbox.
changed=0
want() {
  if [ "$(postconf -h "$1")" != "$2" ]; then
    postconf -e "$1 = $2"
    changed=1
  fi
}
want recipient_delimiter +
want inet_interfaces loopback-only
want mydestination 'localhost, localhost.localdomain, $myhostname'

if postfix status >/dev/null 2>&1; then
  if [ "$changed" = 1 ]; then postfix reload >/dev/null 2>&1; fi
else
  postfix start >/dev/null 2>&1 || skip "postfix start failed"
fi
postfix status >/dev/null 2>&1 || skip "Postfix did not start"
echo "mail-server: Postfix running; mail for $user+*@localhost goes to /var/mail/$user" >&2
