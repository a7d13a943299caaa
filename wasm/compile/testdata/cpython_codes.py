"""Dump the shape of every code object CPython 3.11 compiles from files.

Used by TestAgainstCPython (run only when python3.11 is installed): for each file
that compiles, a list with one JSON object per code, with the fields that the symbol table decides.
"""
import dis
import json
import sys

VAR_OPS = {
    "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF",
    "DELETE_DEREF", "LOAD_CLASSDEREF", "LOAD_GLOBAL", "STORE_GLOBAL",
    "DELETE_GLOBAL", "LOAD_NAME", "STORE_NAME", "DELETE_NAME",
}


def accesses(code, module):
    """The variable accesses of code as "OP name" strings, in Lockstep's
    terms: module-level names are globals, LOAD_CLASSDEREF is LOAD_DEREF."""
    out = set()
    for ins in dis.get_instructions(code):
        op = ins.opname
        if op not in VAR_OPS:
            continue
        if op == "LOAD_CLASSDEREF":
            op = "LOAD_DEREF"
        if module and op.endswith("_NAME"):
            op = op[:-len("NAME")] + "GLOBAL"
        out.add(op + " " + ins.argval)
    return sorted(out)


def walk(code, out, module=True):
    flags = []
    if code.co_flags & 0x04:
        flags.append("varargs")
    if code.co_flags & 0x08:
        flags.append("varkw")
    if code.co_flags & 0x20:
        flags.append("generator")
    nparams = code.co_argcount + code.co_kwonlyargcount
    nparams += bool(code.co_flags & 0x04) + bool(code.co_flags & 0x08)
    out.append({
        "qualname": code.co_qualname,
        "name": code.co_name,
        "firstline": code.co_firstlineno,
        "argcount": code.co_argcount,
        "posonly": code.co_posonlyargcount,
        "kwonly": code.co_kwonlyargcount,
        "params": list(code.co_varnames[:nparams]),
        "locals": sorted(code.co_varnames[nparams:]),
        "cellvars": list(code.co_cellvars),
        "freevars": list(code.co_freevars),
        "flags": flags,
        "names": sorted(set(code.co_names)),
        "access": accesses(code, module),
    })
    for k in code.co_consts:
        if hasattr(k, "co_code"):
            walk(k, out, False)


def main():
    result = {}
    for name in sys.argv[1:]:
        src = open(name, encoding="utf-8").read()
        out = []
        try:
            walk(compile(src, "main.py", "exec"), out)
        except SyntaxError:
            continue
        result[name] = out
    json.dump(result, sys.stdout)


main()
