# Lockstep: `make serve` builds the site and serves it; `make test` runs every test.
GO        ?= go
PORT      ?= 8080
GOBIN     := $(shell $(GO) env GOPATH)/bin
STATICCHECK_VERSION := 2025.1.1

.PHONY: all build serve test test-go lint bench fmt

all: build

## build: compile the core to wasm, render lessons, bundle the front end into dist/
build:
	$(GO) run ./tools/site build

## serve: build, then serve dist/ on 127.0.0.1:$(PORT)
serve: build
	$(GO) run ./tools/site serve -port $(PORT)

## test: install what the tests need, then run every test
test: test-go

test-go:
	$(GO) test ./...

## lint: gofmt, go vet, staticcheck
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	@test -x $(GOBIN)/staticcheck || $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	$(GOBIN)/staticcheck ./...

## bench: speed benchmarks (figures, not pass/fail)
bench:
	$(GO) test -run '^$$' -bench . -benchtime 2x ./...

fmt:
	gofmt -w $$(git ls-files '*.go')
