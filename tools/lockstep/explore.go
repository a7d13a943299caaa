package main

import (
	"fmt"
	"io"
)

func cmdExplore(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "lockstep explore: not available yet")
	return 2
}
