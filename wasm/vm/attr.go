package vm

// This file implements attribute access (obj.name, obj.name = v, del
// obj.name) with Python's descriptor protocol: properties and other data
// descriptors on the class first, then the instance's __dict__, then class
// attributes (functions bind to the instance, staticmethods unwrap,
// classmethods bind to the class), then __getattr__.

// AttrGetter is implemented by Go values that have attributes of their own
// besides their type's methods (threading objects, generators…). GetAttr
// reports found=false when the value has no such attribute.
type AttrGetter interface {
	GetAttr(th *Thread, name string) (v Value, found bool, err error)
}

// AttrSetter is implemented by Go values whose attributes can be set.
// SetAttr reports handled=false to fall back to the default behaviour.
type AttrSetter interface {
	SetAttr(th *Thread, name string, v Value) (handled bool, err error)
}

// AttrDeleter is implemented by Go values whose attributes can be deleted.
// DelAttr reports handled=false to fall back to the default behaviour.
type AttrDeleter interface {
	DelAttr(th *Thread, name string) (handled bool, err error)
}

// slotsOf returns the attribute names allowed by __slots__ when every
// class of t's MRO (object aside) defines __slots__ without "__dict__";
// otherwise nil (instances have a __dict__).
func slotsOf(t *Type) map[string]bool {
	var allowed map[string]bool
	for _, c := range t.MRO {
		if c == ObjectType {
			break
		}
		s, ok := c.Dict.GetStr("__slots__")
		if !ok {
			return nil
		}
		if allowed == nil {
			allowed = map[string]bool{}
		}
		var names []Value
		switch x := s.(type) {
		case Str:
			names = []Value{x}
		case Tuple:
			names = x
		case *List:
			names = x.Elems
		default:
			return nil
		}
		for _, n := range names {
			if ns, ok := n.(Str); ok {
				if ns == "__dict__" {
					return nil
				}
				allowed[string(ns)] = true
			}
		}
	}
	return allowed
}

// attrError is the AttributeError for a missing attribute.
func attrError(obj Value, name string) error {
	switch x := obj.(type) {
	case *Type:
		return Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", x.Name, name)
	case *Module:
		return Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", x.Name, name)
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeName(obj), name)
}

// isAttributeError reports whether err is an AttributeError.
func isAttributeError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.Class.IsSubtype(AttributeErrorType)
}

// GetAttr returns obj.name.
func GetAttr(th *Thread, obj Value, name string) (Value, error) {
	switch x := obj.(type) {
	case *Instance:
		if fn, ok := lookupSpecial(obj, "__getattribute__"); ok {
			v, err := callMethod(th, fn, obj, Str(name))
			if err != nil && isAttributeError(err) {
				if ga, ok := lookupSpecial(obj, "__getattr__"); ok {
					return callMethod(th, ga, obj, Str(name))
				}
			}
			return v, err
		}
		if name == "__dict__" {
			if x.Class == ObjectType || slotsOf(x.Class) != nil {
				return nil, attrError(obj, name)
			}
			if x.Dict == nil {
				x.Dict = NewDict()
			}
			return x.Dict, nil
		}
		return genericGetAttr(th, obj, x.Dict, name)
	case *Type:
		return typeGetAttr(th, x, name)
	case *Module:
		if v, ok := x.Dict.GetStr(name); ok {
			return v, nil
		}
		switch name {
		case "__dict__":
			return x.Dict, nil
		case "__class__":
			return ModuleType, nil
		}
		if ga, ok := x.Dict.GetStr("__getattr__"); ok {
			return callValue(th, ga, []Value{Str(name)}, nil)
		}
		return nil, attrError(obj, name)
	case *Exception:
		if v, ok := exceptionAttr(x, name); ok {
			return v, nil
		}
		return genericGetAttr(th, obj, x.Dict, name)
	case *Function:
		return functionGetAttr(th, x, name)
	case *BoundMethod:
		switch name {
		case "__self__":
			return x.Self, nil
		case "__func__":
			return x.Func, nil
		case "__class__":
			return MethodType, nil
		}
		v, err := GetAttr(th, x.Func, name)
		if err != nil && isAttributeError(err) {
			return nil, attrError(obj, name)
		}
		return v, err
	case *Builtin:
		switch name {
		case "__name__":
			return Str(x.Name), nil
		case "__qualname__":
			return Str(funcQualName(x)), nil
		case "__self__":
			if x.Self == nil {
				return None, nil
			}
			return x.Self, nil
		case "__doc__":
			return Str(x.Name + "(...)"), nil
		case "__module__":
			if x.Owner == nil && x.Self == nil {
				return Str("builtins"), nil
			}
			return None, nil
		}
	case *Property:
		switch name {
		case "fget", "fset", "fdel":
			v := map[string]Value{"fget": x.Fget, "fset": x.Fset, "fdel": x.Fdel}[name]
			if v == nil {
				return None, nil
			}
			return v, nil
		case "__doc__":
			if x.Doc != nil {
				return x.Doc, nil
			}
			if x.Fget != nil {
				if d, err := GetAttr(th, x.Fget, "__doc__"); err == nil {
					return d, nil
				}
			}
			return None, nil
		}
	case *StaticMethod:
		if name == "__func__" {
			return x.Func, nil
		}
	case *ClassMethod:
		if name == "__func__" {
			return x.Func, nil
		}
	case *Super:
		return superGetAttr(th, x, name)
	case *Cell:
		if name == "cell_contents" {
			if x.V == nil {
				return nil, Errorf(ValueErrorType, "Cell is empty")
			}
			return x.V, nil
		}
	}
	return builtinGetAttr(th, obj, name)
}

// builtinGetAttr looks an attribute up on a builtin value: its own data
// attributes, then its type's methods, bound to it.
func builtinGetAttr(th *Thread, obj Value, name string) (Value, error) {
	if name == "__class__" {
		return obj.Type(), nil
	}
	if ag, ok := obj.(AttrGetter); ok {
		v, found, err := ag.GetAttr(th, name)
		if found || err != nil {
			return v, err
		}
	}
	switch x := obj.(type) {
	case Int, Bool, *BigInt:
		switch name {
		case "real", "numerator":
			return Index(th, obj)
		case "imag":
			return MakeInt(0), nil
		case "denominator":
			return MakeInt(1), nil
		}
	case Float:
		switch name {
		case "real":
			return x, nil
		case "imag":
			return Float(0), nil
		}
	case *Range:
		switch name {
		case "start":
			return MakeInt(x.Start), nil
		case "stop":
			return MakeInt(x.Stop), nil
		case "step":
			return MakeInt(x.Step), nil
		}
	case *BigRange:
		switch name {
		case "start":
			return MakeBigInt(x.Start), nil
		case "stop":
			return MakeBigInt(x.Stop), nil
		case "step":
			return MakeBigInt(x.Step), nil
		}
	case *Slice:
		switch name {
		case "start":
			return x.Start, nil
		case "stop":
			return x.Stop, nil
		case "step":
			return x.Step, nil
		}
	case *DictView:
		if name == "mapping" {
			return x.D, nil
		}
	}
	t := obj.Type()
	if v, ok := t.Lookup(name); ok {
		if p, ok := v.(*Property); ok {
			return propertyGet(th, p, obj, name)
		}
		return bindAttr(th, v, obj, t)
	}
	if name == "__doc__" {
		if t.Doc != "" {
			return Str(t.Doc), nil
		}
		return None, nil
	}
	if fn, ok := lookupSpecial(obj, "__getattr__"); ok {
		return callMethod(th, fn, obj, Str(name))
	}
	return nil, attrError(obj, name)
}

// genericGetAttr is object.__getattribute__ for objects with a __dict__
// (dict may be nil), followed by __getattr__.
func genericGetAttr(th *Thread, obj Value, dict *Dict, name string) (Value, error) {
	v, err := objectGetAttribute(th, obj, dict, name)
	if err != nil && isAttributeError(err) {
		if ga, ok := lookupSpecial(obj, "__getattr__"); ok {
			return callMethod(th, ga, obj, Str(name))
		}
	}
	return v, err
}

// objectGetAttribute is object.__getattribute__ without __getattr__.
func objectGetAttribute(th *Thread, obj Value, dict *Dict, name string) (Value, error) {
	t := obj.Type()
	cv, found := t.Lookup(name)
	if found {
		switch d := cv.(type) {
		case *Property:
			return propertyGet(th, d, obj, name)
		case *Instance:
			if get, ok := lookupSpecial(d, "__get__"); ok {
				if _, isData := lookupSpecial(d, "__set__"); isData {
					return callMethod(th, get, d, obj, t)
				}
			}
		}
	}
	if dict != nil {
		if v, ok := dict.GetStr(name); ok {
			return v, nil
		}
	}
	if found {
		return bindAttr(th, cv, obj, t)
	}
	if name == "__class__" {
		return t, nil
	}
	if name == "__dict__" && dict != nil {
		return dict, nil
	}
	return nil, attrError(obj, name)
}

// bindAttr applies a class attribute's descriptor behaviour for access
// through an instance.
func bindAttr(th *Thread, cv, obj Value, t *Type) (Value, error) {
	switch d := cv.(type) {
	case *Function:
		return &BoundMethod{Self: obj, Func: d}, nil
	case *StaticMethod:
		return d.Func, nil
	case *ClassMethod:
		return bindClassMethod(d, t), nil
	case *Builtin:
		if d.Self == nil && d.Owner != nil {
			return &Builtin{Name: d.Name, Fn: d.Fn, Self: obj, Owner: d.Owner, Effect: d.Effect}, nil
		}
	case *Instance:
		if get, ok := lookupSpecial(d, "__get__"); ok {
			return callMethod(th, get, d, obj, t)
		}
	}
	return cv, nil
}

// propertyGet calls a property's getter.
func propertyGet(th *Thread, p *Property, obj Value, name string) (Value, error) {
	if p.Fget == nil || p.Fget == None {
		return nil, Errorf(AttributeErrorType, "property '%s' of '%s' object has no getter", name, TypeName(obj))
	}
	return callValue(th, p.Fget, []Value{obj}, nil)
}

// typeGetAttr looks an attribute up on a class.
func typeGetAttr(th *Thread, t *Type, name string) (Value, error) {
	switch name {
	case "__name__":
		return Str(t.Name), nil
	case "__qualname__":
		return Str(t.QualName), nil
	case "__module__":
		if v, ok := t.Dict.GetStr("__module__"); ok {
			return v, nil
		}
		return Str(t.Module), nil
	case "__mro__":
		mro := make(Tuple, len(t.MRO))
		for i, c := range t.MRO {
			mro[i] = c
		}
		return mro, nil
	case "__bases__":
		bases := make(Tuple, len(t.Bases))
		for i, c := range t.Bases {
			bases[i] = c
		}
		return bases, nil
	case "__base__":
		if len(t.Bases) == 0 {
			return None, nil
		}
		return t.Bases[0], nil
	case "__dict__":
		return t.Dict.Copy(), nil
	case "__doc__":
		if v, ok := t.Dict.GetStr("__doc__"); ok {
			return v, nil
		}
		if t.Doc != "" {
			return Str(t.Doc), nil
		}
		return None, nil
	case "__class__":
		return TypeType, nil
	}
	if v, ok := t.Lookup(name); ok {
		switch d := v.(type) {
		case *StaticMethod:
			return d.Func, nil
		case *ClassMethod:
			return bindClassMethod(d, t), nil
		case *Builtin:
			if d.Self == nil && d.Owner != nil {
				return checkedMethod(d), nil
			}
		case *Instance:
			if get, ok := lookupSpecial(d, "__get__"); ok {
				return callMethod(th, get, d, None, t)
			}
		}
		return v, nil
	}
	if v, ok := TypeType.Dict.GetStr(name); ok {
		return bindAttr(th, v, t, TypeType)
	}
	return nil, attrError(t, name)
}

// bindClassMethod binds a classmethod to a class: Go functions become
// builtin methods of the type (as dict.fromkeys), Python ones bound methods.
func bindClassMethod(c *ClassMethod, t *Type) Value {
	if b, ok := c.Func.(*Builtin); ok && b.Self == nil {
		return &Builtin{Name: b.Name, Fn: b.Fn, Self: t, Owner: b.Owner, Effect: b.Effect}
	}
	return &BoundMethod{Self: t, Func: c.Func}
}

// checkedMethod wraps an unbound builtin method taken from its type
// (list.append) so that calling it checks the receiver's type.
func checkedMethod(b *Builtin) *Builtin {
	fn := b.Fn
	owner := b.Owner
	name := b.Name
	return &Builtin{Name: b.Name, Owner: b.Owner, Effect: b.Effect, Fn: func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args)-len(kwnames) < 1 {
			return nil, Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", owner.Name, name)
		}
		if !args[0].Type().IsSubtype(owner) {
			return nil, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.Name, TypeName(args[0]))
		}
		return fn(th, args, kwnames)
	}}
}

// functionGetAttr returns a function's attributes.
func functionGetAttr(th *Thread, f *Function, name string) (Value, error) {
	if f.Dict != nil {
		if v, ok := f.Dict.GetStr(name); ok {
			return v, nil
		}
	}
	switch name {
	case "__name__":
		return Str(f.Name), nil
	case "__qualname__":
		return Str(f.QualName), nil
	case "__doc__":
		if f.Code != nil && f.Code.Doc != "" {
			return Str(f.Code.Doc), nil
		}
		return None, nil
	case "__module__":
		if f.Globals != nil {
			if v, ok := f.Globals.GetStr("__name__"); ok {
				return v, nil
			}
		}
		return None, nil
	case "__dict__":
		if f.Dict == nil {
			f.Dict = NewDict()
		}
		return f.Dict, nil
	case "__defaults__":
		if len(f.Defaults) == 0 {
			return None, nil
		}
		return f.Defaults, nil
	case "__kwdefaults__":
		if f.KwDefaults == nil {
			return None, nil
		}
		return f.KwDefaults, nil
	case "__globals__":
		if f.Globals == nil {
			return None, nil
		}
		return f.Globals, nil
	case "__closure__":
		if len(f.Closure) == 0 {
			return None, nil
		}
		t := make(Tuple, len(f.Closure))
		for i, c := range f.Closure {
			t[i] = c
		}
		return t, nil
	}
	return builtinGetAttr(th, f, name)
}

// exceptionAttr returns the data attributes every exception has.
func exceptionAttr(e *Exception, name string) (Value, bool) {
	switch name {
	case "args":
		if e.Args == nil {
			return EmptyTuple, true
		}
		return e.Args, true
	case "__cause__":
		if e.Cause == nil {
			return None, true
		}
		return e.Cause, true
	case "__context__":
		if e.Context == nil {
			return None, true
		}
		return e.Context, true
	case "__suppress_context__":
		return Bool(e.SuppressContext), true
	case "__traceback__":
		return None, true
	case "__dict__":
		if e.Dict == nil {
			e.Dict = NewDict()
		}
		return e.Dict, true
	case "value":
		if e.Class.IsSubtype(StopIterationType) {
			if e.Value == nil {
				return None, true
			}
			return e.Value, true
		}
	case "code":
		if e.Class.IsSubtype(SystemExitType) {
			if e.Value == nil {
				return None, true
			}
			return e.Value, true
		}
	}
	return nil, false
}

// SetAttr performs obj.name = v.
func SetAttr(th *Thread, obj Value, name string, v Value) error {
	return setAttrKey(th, obj, name, nil, v)
}

// setAttrKey is SetAttr with the name also given as a Str value when the
// caller has one boxed (key, or nil), for the dict entry it may add.
func setAttrKey(th *Thread, obj Value, name string, key Value, v Value) error {
	switch x := obj.(type) {
	case *Instance:
		if fn, ok := lookupSpecial(obj, "__setattr__"); ok {
			_, err := callMethod(th, fn, obj, Str(name), v)
			return err
		}
		if x.Class == ObjectType {
			return attrError(obj, name)
		}
		if slots := slotsOf(x.Class); slots != nil && !slots[name] {
			if _, ok := x.Class.Lookup(name); !ok {
				return attrError(obj, name)
			}
		}
		return genericSetAttr(th, obj, &x.Dict, name, key, v)
	case *Type:
		if x.Builtin {
			return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, x.Name)
		}
		switch name {
		case "__name__":
			s, ok := v.(Str)
			if !ok {
				return Errorf(TypeErrorType, "can only assign string to %s.__name__, not '%s'", x.Name, TypeName(v))
			}
			x.Name = string(s)
			return nil
		case "__qualname__":
			s, ok := v.(Str)
			if !ok {
				return Errorf(TypeErrorType, "can only assign string to %s.__qualname__, not '%s'", x.Name, TypeName(v))
			}
			x.QualName = string(s)
			return nil
		}
		x.Dict.setStrKey(name, key, v)
		return nil
	case *Module:
		x.Dict.setStrKey(name, key, v)
		return nil
	case *Function:
		switch name {
		case "__name__":
			s, ok := v.(Str)
			if !ok {
				return Errorf(TypeErrorType, "__name__ must be set to a string object")
			}
			x.Name = string(s)
			return nil
		case "__qualname__":
			s, ok := v.(Str)
			if !ok {
				return Errorf(TypeErrorType, "__qualname__ must be set to a string object")
			}
			x.QualName = string(s)
			return nil
		}
		if x.Dict == nil {
			x.Dict = NewDict()
		}
		x.Dict.SetStr(name, v)
		return nil
	case *Exception:
		return exceptionSetAttr(th, x, name, v)
	}
	if as, ok := obj.(AttrSetter); ok {
		handled, err := as.SetAttr(th, name, v)
		if handled || err != nil {
			return err
		}
	}
	if fn, ok := lookupSpecial(obj, "__setattr__"); ok {
		_, err := callMethod(th, fn, obj, Str(name), v)
		return err
	}
	if cv, ok := obj.Type().Lookup(name); ok {
		if p, ok := cv.(*Property); ok {
			return propertySet(th, p, obj, name, v)
		}
		return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", TypeName(obj), name)
	}
	return attrError(obj, name)
}

// genericSetAttr is object.__setattr__: data descriptors on the class,
// else the instance dict (created when nil).
func genericSetAttr(th *Thread, obj Value, dict **Dict, name string, key Value, v Value) error {
	if cv, ok := obj.Type().Lookup(name); ok {
		switch d := cv.(type) {
		case *Property:
			return propertySet(th, d, obj, name, v)
		case *Instance:
			if set, ok := lookupSpecial(d, "__set__"); ok {
				_, err := callMethod(th, set, d, obj, v)
				return err
			}
		}
	}
	if dict == nil {
		return attrError(obj, name)
	}
	t := obj.Type()
	if *dict == nil {
		*dict = NewDictSize(t.instDictHint)
	}
	d := *dict
	d.setStrKey(name, key, v)
	if n := len(d.entries); n > t.instDictHint && n <= maxInstDictHint && !t.Builtin {
		t.instDictHint = n // types shared by all machines (Builtin) never change
	}
	return nil
}

// maxInstDictHint bounds Type.instDictHint: an instance used as a bag of
// many attributes should not make every instance large.
const maxInstDictHint = 16

// propertySet calls a property's setter.
func propertySet(th *Thread, p *Property, obj Value, name string, v Value) error {
	if p.Fset == nil || p.Fset == None {
		return Errorf(AttributeErrorType, "property '%s' of '%s' object has no setter", name, TypeName(obj))
	}
	_, err := callValue(th, p.Fset, []Value{obj, v}, nil)
	return err
}

// exceptionSetAttr sets an exception's attribute.
func exceptionSetAttr(th *Thread, e *Exception, name string, v Value) error {
	switch name {
	case "args":
		items, err := collect(th, v, "")
		if err != nil {
			return err
		}
		e.Args = Tuple(items)
		return nil
	case "__cause__", "__context__":
		var ex *Exception
		if v != None {
			var ok bool
			if ex, ok = v.(*Exception); !ok {
				if name == "__cause__" {
					return Errorf(TypeErrorType, "exception cause must be None or derive from BaseException")
				}
				return Errorf(TypeErrorType, "exception context must be None or derive from BaseException")
			}
		}
		if name == "__cause__" {
			e.Cause = ex
			e.SuppressContext = true
		} else {
			e.Context = ex
		}
		return nil
	case "__suppress_context__":
		t, err := Truth(th, v)
		e.SuppressContext = t
		return err
	case "__traceback__":
		return nil
	case "value":
		if e.Class.IsSubtype(StopIterationType) {
			e.Value = v
			return nil
		}
	case "code":
		if e.Class.IsSubtype(SystemExitType) {
			e.Value = v
			return nil
		}
	}
	if fn, ok := lookupSpecial(e, "__setattr__"); ok {
		_, err := callMethod(th, fn, e, Str(name), v)
		return err
	}
	return genericSetAttr(th, e, &e.Dict, name, nil, v)
}

// DelAttr performs del obj.name.
func DelAttr(th *Thread, obj Value, name string) error {
	var dict *Dict
	switch x := obj.(type) {
	case *Instance:
		if fn, ok := lookupSpecial(obj, "__delattr__"); ok {
			_, err := callMethod(th, fn, obj, Str(name))
			return err
		}
		dict = x.Dict
	case *Exception:
		dict = x.Dict
	case *Type:
		if x.Builtin {
			return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, x.Name)
		}
		if !x.Dict.DeleteStr(name) {
			return attrError(obj, name)
		}
		return nil
	case *Module:
		if !x.Dict.DeleteStr(name) {
			return attrError(obj, name)
		}
		return nil
	case *Function:
		if x.Dict == nil || !x.Dict.DeleteStr(name) {
			return attrError(obj, name)
		}
		return nil
	default:
		if ad, ok := obj.(AttrDeleter); ok {
			if handled, err := ad.DelAttr(th, name); handled || err != nil {
				return err
			}
		}
		if cv, ok := obj.Type().Lookup(name); ok {
			if _, isProp := cv.(*Property); !isProp {
				return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", TypeName(obj), name)
			}
		}
	}
	return objectDelAttr(th, obj, dict, name)
}

// objectDelAttr is object.__delattr__.
func objectDelAttr(th *Thread, obj Value, dict *Dict, name string) error {
	if cv, ok := obj.Type().Lookup(name); ok {
		switch d := cv.(type) {
		case *Property:
			if d.Fdel == nil || d.Fdel == None {
				return Errorf(AttributeErrorType, "property '%s' of '%s' object has no deleter", name, TypeName(obj))
			}
			_, err := callValue(th, d.Fdel, []Value{obj}, nil)
			return err
		case *Instance:
			if del, ok := lookupSpecial(d, "__delete__"); ok {
				_, err := callMethod(th, del, d, obj)
				return err
			}
		}
	}
	if dict == nil || !dict.DeleteStr(name) {
		return attrError(obj, name)
	}
	return nil
}
