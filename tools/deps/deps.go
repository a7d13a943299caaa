//go:build tools

// Package deps pins the module dependencies that are used by build tools and
// tests so that `go mod tidy` keeps them in go.mod.
package deps

import (
	_ "github.com/chromedp/chromedp"
	_ "github.com/evanw/esbuild/pkg/api"
	_ "github.com/hack-pad/safejs"
	_ "github.com/yuin/goldmark"
)
