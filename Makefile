# Build and install minutes. `make install PREFIX=$HOME/.local` installs without root.
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man/man1
SWIFT ?= swift

.PHONY: build test install uninstall man completions clean

build:
	$(SWIFT) build -c release --product minutes

test:
	$(SWIFT) test

install: build
	install -d "$(DESTDIR)$(BINDIR)"
	install -m 0755 "$$($(SWIFT) build -c release --show-bin-path)/minutes" "$(DESTDIR)$(BINDIR)/minutes"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/minutes"

# The man page, from the command definitions (swift-argument-parser's plugin).
man:
	$(SWIFT) package --allow-writing-to-package-directory generate-manual
	@echo "man page in .build/plugins/GenerateManual/outputs/minutes/"

# Shell completion scripts into completions/.
completions: build
	mkdir -p completions
	for shell in bash zsh fish; do \
	  "$$($(SWIFT) build -c release --show-bin-path)/minutes" --generate-completion-script $$shell > completions/minutes.$$shell; \
	done

clean:
	rm -rf .build completions
