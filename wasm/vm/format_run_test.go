package vm_test

import (
	"strings"
	"testing"

	"lockstep/wasm/runner"
)

// TestFormattingProgram runs formatting and random code end to end:
// __format__ on classes, f-strings, str.format, %, and the random module.
// formatProgramWant is CPython 3.11.7's output for formatProgram.
func TestFormattingProgram(t *testing.T) {
	prog, cerr := runner.Compile("prog.py", []byte(formatProgram))
	if cerr != nil {
		t.Fatalf("compile: %s", cerr.Text)
	}
	res, err := runner.Run(prog, runner.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stderr != "" {
		t.Errorf("stderr: %s", res.Stderr)
	}
	got := strings.Split(res.Stdout, "\n")
	want := strings.Split(formatProgramWant, "\n")
	for i := range max(len(got), len(want)) {
		g, w := "<missing>", "<missing>"
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("line %d:\n got: %s\nwant: %s", i+1, g, w)
		}
	}
}

// TestRandomRunSeed checks that the random module starts from the run's
// seed: as random.seed(seed) would (values from python3 3.11.7), again after
// random.seed(), and for Random() without a seed.
func TestRandomRunSeed(t *testing.T) {
	src := "import random\n" +
		"a = random.random(); b = random.randint(1, 100)\n" +
		"random.seed()\n" +
		"print(repr(a), b, random.random() == a, repr(random.Random().random()))\n"
	prog, cerr := runner.Compile("seed.py", []byte(src))
	if cerr != nil {
		t.Fatalf("compile: %s", cerr.Text)
	}
	for _, c := range []struct {
		seed uint64
		want string
	}{
		{42, "0.6394267984578837 4 True 0.6394267984578837\n"},
		{0, "0.8444218515250481 98 True 0.8444218515250481\n"},
		{1<<64 - 1, "0.021825695401270107 44 True 0.021825695401270107\n"},
	} {
		res, err := runner.Run(prog, runner.Config{Seed: c.seed})
		if err != nil {
			t.Fatal(err)
		}
		if res.Stdout != c.want || res.Stderr != "" {
			t.Errorf("seed %d: stdout %q stderr %q, want %q", c.seed, res.Stdout, res.Stderr, c.want)
		}
	}
}

const formatProgram = `
import random


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __format__(self, spec):
        return f"P<{self.x:{spec}},{self.y:{spec}}>"


class Q:
    pass


class R:
    def __format__(self, spec):
        return 42


class S:
    def __str__(self):
        return 'S!'


class I:
    def __index__(self):
        return 65


class F:
    def __float__(self):
        return 2.5


class G:
    def __getitem__(self, k):
        return k.upper()


class Base:
    def __format__(self, spec):
        return 'base:' + spec


class Derived(Base):
    def __format__(self, spec):
        return 'derived/' + super().__format__(spec)


p = P(1.5, 2)
print(format(p, '.2f'), f"{p:>6}", "{0:x}".format(P(255, 16)))
q = Q()
print(format(q, '') == str(q), f"{q}" == str(q))
for thunk in (lambda: format(Q(), 'x'), lambda: format(R(), ''), lambda: f"{R()}", lambda: '{:x}'.format(None)):
    try:
        thunk()
    except TypeError as e:
        print('TypeError:', e)
print(format(S()), '{}'.format(S()), '%s' % S(), f'{S()}', f'{S()!s:>4}', '{!s:.1}'.format(S()))
print("{0.x} {0.y} {1[k]} {2[1]} {a.x:.3f}".format(p, {'k': 'v'}, [7, 8], a=p))
print('%(a)s-%(b)05.1f' % {'a': 'A', 'b': 3.14159})
print('%s %r %d %x %5.2f%% %-4s|' % ('s', 's', 42, 255, 99.5, 'ab'))
print('%x %c %d' % (I(), I(), I()))
print('%.1f %e' % (F(), F()))
print('%(abc)s' % G())
print(format(Derived(), 'spec'), f'{Derived():q}')
try:
    '{0.nope}'.format(p)
except AttributeError as e:
    print('AttributeError:', e)
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError:', e)
random.seed(2024)
print(random.random(), random.randint(1, 10), random.choice('xyz'), random.sample(range(20), 4))
l = list(range(8))
random.shuffle(l)
print(l)
r = random.Random(7)
print(r.random(), r.randrange(0, 100, 5), r.getrandbits(70))
print(random.uniform(1, 2), random.gauss(0, 1), random.choices('ab', [1, 3], k=4))
print(type(r).__name__, random.Random.__name__, isinstance(r, random.Random))
print(f"{3.14159:.2f} {1234567:,} {'x':*^5} {255:#x} {0.5:%} {-0.0:z.1f}")
print(format(True, 'd'), format(10**30, ','), format(1e300, '.3g'), format(2.5), format(7))
print((5).__format__('x'), 'a'.__format__('>3'), (2.5).__format__('.0f'), True.__format__(''))
x, w, pr = 3.14159, 10, 3
print(f"[{x:{w}.{pr}f}]", "[{:{}.{}f}]".format(x, w, pr), "[%*.*f]" % (w, pr, x))
`

const formatProgramWant = `P<1.50,2.00> P<   1.5,     2> P<ff,10>
True True
TypeError: unsupported format string passed to Q.__format__
TypeError: __format__ must return a str, not int
TypeError: __format__ must return a str, not int
TypeError: unsupported format string passed to NoneType.__format__
S! S! S! S!   S! S
1.5 2 v 8 1.500
A-003.1
s 's' 42 ff 99.50% ab  |
41 A 65
2.5 2.500000e+00
ABC
derived/base:spec derived/base:q
AttributeError: 'P' object has no attribute 'nope'
TypeError: %d format: a real number is required, not str
0.47009071843107064 10 y [6, 13, 8, 7]
[0, 6, 5, 1, 4, 3, 2, 7]
0.32383276483316237 20 67347853917828622094
1.519350722988487 -0.46727885598652247 ['a', 'b', 'b', 'b']
Random Random True
3.14 1,234,567 **x** 0xff 50.000000% 0.0
1 1,000,000,000,000,000,000,000,000,000,000 1e+300 2.5 7
5   a 2 True
[     3.142] [     3.142] [     3.142]
`
