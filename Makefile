# Lockstep: `make serve` builds the site and serves it; `make test` runs every test.
GO        ?= go
PORT      ?= 8080
GOBIN     := $(shell $(GO) env GOPATH)/bin
STATICCHECK_VERSION := v0.8.2

.PHONY: all build serve test test-go test-e2e install-chromium lint bench fmt

all: build

## build: compile the core to wasm, render lessons, bundle the front end into dist/
build:
	$(GO) run ./tools/site build

## serve: build, then serve dist/ on 127.0.0.1:$(PORT)
serve: build
	$(GO) run ./tools/site serve -port $(PORT)

## test: install what the tests need, then run every test
test: install-chromium test-go

test-go:
	$(GO) test ./...

## test-e2e: only the browser tests (chromedp driving Chromium against a built dist/)
test-e2e: install-chromium
	$(GO) test -count=1 -run 'TestE2E' -v ./tools/site/

## install-chromium: Debian's Chromium for the browser tests, installed only when missing
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
install-chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "installing Debian's chromium for the browser tests"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

## lint: gofmt, go vet, staticcheck
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	@test -x $(GOBIN)/staticcheck || $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	$(GOBIN)/staticcheck ./...

## bench: speed benchmarks (figures, not pass/fail)
bench:
	$(GO) test -run '^$$' -bench . -benchtime 3x ./...
	@echo "--- the core compiled to wasm, under node:"
	GOOS=js GOARCH=wasm $(GO) test -exec="$$($(GO) env GOROOT)/lib/wasm/go_js_wasm_exec" -run '^$$' -bench 'Explore|CPUBound/fib' -benchtime 20x ./wasm/runner

fmt:
	gofmt -w $$(git ls-files '*.go')
