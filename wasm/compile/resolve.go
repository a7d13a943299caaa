package compile

import (
	"slices"
	"sort"
)

// This file resolves the names of the symbol table, as CPython's
// analyze_block does: local, cell, free, global explicit or implicit.

// nameSet is a set of names.
type nameSet map[string]bool

func (s nameSet) copy() nameSet {
	t := make(nameSet, len(s))
	for k := range s {
		t[k] = true
	}
	return t
}

// analyze resolves every name of every scope.
func (st *symtable) analyze() {
	free := nameSet{}
	st.analyzeBlock(st.top, nil, free, nameSet{})
}

// analyzeBlock is CPython's analyze_block: bound holds the names bound in
// enclosing function scopes (nil at module level), global the names
// declared global in enclosing scopes; free collects this block's free
// names for the caller.
func (st *symtable) analyzeBlock(s *scope, bound, free, global nameSet) {
	local := nameSet{}
	newGlobal, newBound, newFree := nameSet{}, nameSet{}, nameSet{}
	if s.kind == scopeClass {
		for k := range global {
			newGlobal[k] = true
		}
		for k := range bound {
			newBound[k] = true
		}
	}
	for _, name := range s.order {
		st.analyzeName(s, name, s.syms[name], bound, local, free, global)
	}
	if s.kind != scopeClass {
		if s.kind == scopeFunction {
			for k := range local {
				newBound[k] = true
			}
		}
		for k := range bound {
			newBound[k] = true
		}
		for k := range global {
			newGlobal[k] = true
		}
	} else {
		newBound["__class__"] = true
	}
	allFree := nameSet{}
	for _, child := range s.children {
		// analyze_child_block: the child works on copies.
		childFree := nameSet{}
		st.analyzeBlock(child, newBound.copy(), childFree, newGlobal.copy())
		for k := range childFree {
			allFree[k] = true
		}
		if child.hasFree || child.childFree {
			s.childFree = true
		}
	}
	for k := range allFree {
		newFree[k] = true
	}
	switch s.kind {
	case scopeFunction:
		// analyze_cells: locals that children use become cells.
		for name, r := range s.res {
			if r == resLocal && newFree[name] {
				s.res[name] = resCell
				delete(newFree, name)
			}
		}
	case scopeClass:
		if newFree["__class__"] {
			s.needsClassClosure = true
			delete(newFree, "__class__")
		}
	}
	// update_symbols: free names of children pass through this scope.
	for _, name := range sortedNames(newFree) {
		if f, ok := s.syms[name]; ok {
			if s.kind == scopeClass && f&(defBound|defGlobal) != 0 {
				s.syms[name] = f | defFreeClass
			}
			continue
		}
		if bound != nil && !bound[name] {
			continue // a global
		}
		s.syms[name] = 0
		s.order = append(s.order, name)
		s.res[name] = resFree
	}
	for k := range newFree {
		free[k] = true
	}
	st.collectVars(s)
}

func (st *symtable) analyzeName(s *scope, name string, flags symFlags, bound, local, free, global nameSet) {
	switch {
	case flags&defGlobal != 0:
		if flags&defNonlocal != 0 {
			st.c.errorf(s.directives[name], "name '%s' is nonlocal and global", name)
		}
		s.res[name] = resGlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
	case flags&defNonlocal != 0:
		if bound == nil {
			st.c.errorf(s.directives[name], "nonlocal declaration not allowed at module level")
		}
		if !bound[name] {
			st.c.errorf(s.directives[name], "no binding for nonlocal '%s' found", name)
		}
		s.res[name] = resFree
		s.hasFree = true
		free[name] = true
	case flags&defBound != 0:
		s.res[name] = resLocal
		local[name] = true
		delete(global, name)
	case bound != nil && bound[name]:
		s.res[name] = resFree
		s.hasFree = true
		free[name] = true
	case global[name]:
		s.res[name] = resGlobalImplicit
	default:
		if s.nested() {
			s.hasFree = true
		}
		s.res[name] = resGlobalImplicit
	}
}

// collectVars fills cellvars and freevars (sorted, like CPython).
func (st *symtable) collectVars(s *scope) {
	var cells, frees []string
	if s.needsClassClosure {
		cells = append(cells, "__class__")
	}
	for _, name := range s.order {
		switch s.res[name] {
		case resCell:
			cells = append(cells, name)
		case resFree:
			frees = append(frees, name)
		default:
			if s.syms[name]&defFreeClass != 0 {
				frees = append(frees, name)
			}
		}
	}
	// Like CPython: captured parameters first, in parameter order, then
	// the other cells sorted.
	sort.Strings(cells)
	var params []string
	for _, p := range s.params {
		if s.res[p] == resCell {
			params = append(params, p)
		}
	}
	if len(params) > 0 {
		rest := cells[:0:0]
		for _, name := range cells {
			if !slices.Contains(params, name) {
				rest = append(rest, name)
			}
		}
		cells = append(params, rest...)
	}
	sort.Strings(frees)
	s.cellvars, s.freevars = cells, frees
}

func sortedNames(s nameSet) []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
