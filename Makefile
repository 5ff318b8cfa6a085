# Build and install minutes. `make install PREFIX=$HOME/.local` installs without root:
# the binary, the man page and the bash, zsh and fish completions.
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man/man1
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d
SWIFT ?= swift
BIN = $$($(SWIFT) build -c release --show-bin-path)/minutes
GENERATED_MAN = .build/plugins/GenerateManual/outputs/minutes/minutes.1

.PHONY: build test install uninstall man check-man completions clean

build:
	$(SWIFT) build -c release --product minutes

test:
	$(SWIFT) test

install: build man completions
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)" "$(DESTDIR)$(BASHCOMPDIR)" \
	  "$(DESTDIR)$(ZSHCOMPDIR)" "$(DESTDIR)$(FISHCOMPDIR)"
	install -m 0755 "$(BIN)" "$(DESTDIR)$(BINDIR)/minutes"
	install -m 0644 .build/man/minutes.1 "$(DESTDIR)$(MANDIR)/minutes.1"
	install -m 0644 completions/minutes.bash "$(DESTDIR)$(BASHCOMPDIR)/minutes"
	install -m 0644 completions/minutes.zsh "$(DESTDIR)$(ZSHCOMPDIR)/_minutes"
	install -m 0644 completions/minutes.fish "$(DESTDIR)$(FISHCOMPDIR)/minutes.fish"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/minutes" "$(DESTDIR)$(MANDIR)/minutes.1" \
	  "$(DESTDIR)$(BASHCOMPDIR)/minutes" "$(DESTDIR)$(ZSHCOMPDIR)/_minutes" \
	  "$(DESTDIR)$(FISHCOMPDIR)/minutes.fish"

# The man page, from the command definitions (swift-argument-parser's plugin),
# into .build/man/minutes.1. The plugin copies each command's discussion as it
# is, and mdoc reads an empty line as a mistake ("Empty input line"): each
# becomes `.Pp`, the paragraph break it stands for.
man: build
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --configuration release
	mkdir -p .build/man
	sed 's/^$$/.Pp/' "$(GENERATED_MAN)" > .build/man/minutes.1
	@echo "man page in .build/man/minutes.1 (man -l .build/man/minutes.1)"

# The man page renders without a warning.
check-man: man
	@out=$$(groff -mandoc -ww -z .build/man/minutes.1 2>&1); \
	  if [ -n "$$out" ]; then echo "$$out"; exit 1; fi; echo "man page: no warnings"

# Shell completion scripts into completions/. `--group` completes the roster's
# group names (the shell asks minutes, which reads the roster); `rules` its rule ids.
completions: build
	mkdir -p completions
	for shell in bash zsh fish; do \
	  "$(BIN)" --generate-completion-script $$shell > completions/minutes.$$shell; \
	done

clean:
	rm -rf .build completions
