package main

import (
	"fmt"
	"io"
)

func cmdShare(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "lockstep share: not available yet")
	return 2
}

