package vm

import (
	"math"
	"math/big"
)

// This file implements hash(): CPython's numeric hashes (so that equal ints,
// floats and bools hash alike and hash(-1) == -2), CPython 3.11's xxHash
// tuple hash, a stable FNV-1a hash for str (CPython randomises str hashes,
// so no program can depend on them), frozenset's hash, and identity hashes.

// hashModulus is CPython's _PyHASH_MODULUS, 2**61 - 1.
const hashModulus = (1 << 61) - 1

var bigHashModulus = big.NewInt(hashModulus)

// HashInt returns hash(n) for an int64.
func HashInt(n int64) int64 {
	var h int64
	if n >= 0 {
		h = int64(uint64(n) % hashModulus)
	} else {
		// -n may overflow for MinInt64; uint64 arithmetic handles it.
		h = -int64((uint64(-(n + 1)) + 1) % hashModulus)
	}
	if h == -1 {
		return -2
	}
	return h
}

// hashBig returns hash(b) for a big int.
func hashBig(b *big.Int) int64 {
	m := new(big.Int).Abs(b)
	m.Mod(m, bigHashModulus)
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		return -2
	}
	return h
}

// HashFloat returns hash(f) as CPython's _Py_HashDouble (nan hashes to 0:
// CPython uses the object's identity).
func HashFloat(f float64) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>uint(61-e)
	h := int64(x) * sign
	if h == -1 {
		return -2
	}
	return h
}

// HashString returns the stable hash of a str (FNV-1a, 64 bits).
func HashString(s string) int64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	r := int64(h)
	if r == -1 {
		return -2
	}
	return r
}

// xxHash constants of CPython's tuple hash.
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// hashTuple is CPython 3.11's tuplehash.
func hashTuple(th *Thread, t Tuple) (int64, error) {
	acc := xxPrime5
	for _, item := range t {
		lane, err := Hash(th, item)
		if err != nil {
			return 0, err
		}
		acc += uint64(lane) * xxPrime2
		acc = acc<<31 | acc>>33
		acc *= xxPrime1
	}
	acc += uint64(len(t)) ^ (xxPrime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// shuffleBits is CPython's frozenset _shuffle_bits.
func shuffleBits(h uint64) uint64 {
	return ((h ^ 89869747) ^ (h << 16)) * 3644798167
}

// hashFrozenSet follows CPython's frozenset_hash (without the terms that
// depend on the hash table's layout).
func hashFrozenSet(th *Thread, s *Set) (int64, error) {
	var h uint64
	var err error
	s.items.Range(func(k, _ Value) bool {
		var kh int64
		kh, err = Hash(th, k)
		if err != nil {
			return false
		}
		h ^= shuffleBits(uint64(kh))
		return true
	})
	if err != nil {
		return 0, err
	}
	h ^= (uint64(s.items.Len()) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == math.MaxUint64 {
		h = 590923713
	}
	return int64(h), nil
}

// objectID returns the identity number of a heap object. Without a
// machine (formatting outside a run) an object that has no identity yet
// gets none: 0 stands for it, and the object is left untouched so that the
// identities a run assigns stay deterministic.
func objectID(th *Thread, h *Header) uint64 {
	if m := th.Machine(); m != nil {
		return h.ObjectID(m)
	}
	return h.id
}

// FakeAddress returns the address shown in reprs like `<Foo object at
// 0x7f...>` and returned by id(): stable and derived from the object id.
func FakeAddress(id uint64) uint64 { return 0x7f3a00000000 + id*0x40 }

// identityHash is object.__hash__: derived from the fake address, as
// CPython derives it from the pointer.
func identityHash(th *Thread, h *Header) int64 {
	a := FakeAddress(objectID(th, h))
	return int64(a>>4 | a<<60)
}

// noneHash is hash(None) (CPython derives it from None's address).
const noneHash = 8728730950590

// Hash returns hash(v), as CPython computes it for ints, floats, bools,
// None and tuples of them; str hashes are stable but not CPython's
// (CPython randomises them). Unhashable values raise TypeError
// "unhashable type: 'list'". Instances use __hash__ when defined.
func Hash(th *Thread, v Value) (int64, error) {
	switch x := v.(type) {
	case Str:
		return HashString(string(x)), nil
	case Int:
		return HashInt(int64(x)), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case Float:
		return HashFloat(float64(x)), nil
	case *BigInt:
		return hashBig(x.V), nil
	case Tuple:
		return hashTuple(th, x)
	case NoneType:
		return noneHash, nil
	case *Set:
		if x.Frozen {
			return hashFrozenSet(th, x)
		}
	case *List, *Dict, *Slice, *DictView:
	case *Range:
		return hashRange(th, x)
	case *BigRange:
		return hashBigRange(th, x)
	case *Type:
		return identityHash(th, &x.Header), nil
	case *BoundMethod:
		h1, err := Hash(th, x.Self)
		if err != nil {
			h1 = 0
		}
		h2, err := Hash(th, x.Func)
		if err != nil {
			return 0, err
		}
		return h1 ^ h2, nil
	case *Builtin:
		return HashString(x.Name) ^ int64(x.Effect), nil
	default:
		return hashObject(th, v)
	}
	return 0, Errorf(TypeErrorType, "unhashable type: '%s'", TypeName(v))
}

// hashObject hashes instances and other heap objects: a class that defines
// __eq__ without __hash__ makes its instances unhashable, as CPython's
// type creation sets __hash__ to None then.
func hashObject(th *Thread, v Value) (int64, error) {
	t := v.Type()
	if !t.Builtin {
		for _, c := range t.MRO {
			if c == ObjectType {
				break
			}
			if fn, ok := c.Dict.GetStr("__hash__"); ok {
				if fn == None {
					return 0, Errorf(TypeErrorType, "unhashable type: '%s'", t.Name)
				}
				if b, ok := fn.(*Builtin); ok && b.Owner == ObjectType {
					break
				}
				r, err := callMethod(th, fn, v)
				if err != nil {
					return 0, err
				}
				return hashResult(r)
			}
			if _, ok := c.Dict.GetStr("__eq__"); ok && !c.Builtin {
				return 0, Errorf(TypeErrorType, "unhashable type: '%s'", t.Name)
			}
		}
	} else if fn, ok := lookupSpecial(v, "__hash__"); ok {
		if fn == None {
			return 0, Errorf(TypeErrorType, "unhashable type: '%s'", t.Name)
		}
		r, err := callMethod(th, fn, v)
		if err != nil {
			return 0, err
		}
		return hashResult(r)
	}
	if h, ok := v.(HasHeader); ok {
		return identityHash(th, h.header()), nil
	}
	return HashString(TypeName(v)), nil
}

// hashResult converts what __hash__ returned, as CPython: ints are reduced
// with the int hash; other types are an error.
func hashResult(r Value) (int64, error) {
	switch x := r.(type) {
	case Int:
		return HashInt(int64(x)), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return hashBig(x.V), nil
	}
	return 0, Errorf(TypeErrorType, "__hash__ method should return an integer")
}
