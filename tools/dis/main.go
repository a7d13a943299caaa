// Command dis prints the bytecode of a Python file (a debugging aid).
package main

import (
	"fmt"
	"os"

	"lockstep/wasm/compile"
	"lockstep/wasm/syntax"
)

func main() {
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	mod, err := syntax.Parse(os.Args[1], src)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code, err := compile.Compile(mod)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Print(compile.Disassemble(code))
}
