package sched

// rng is a splitmix64 generator: tiny, fast, statistically sound for
// scheduling, and - unlike math/rand - fixed forever, so a seed means the
// same choices on every Go version and platform.
type rng struct{ s uint64 }

func newRNG(seed uint64) rng { return rng{s: seed} }

// next returns the next 64 random bits.
func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// intn returns a uniform integer in [0, n), n > 0, without modulo bias.
func (r *rng) intn(n int) int {
	bound := uint64(n)
	threshold := -bound % bound
	for {
		if x := r.next(); x >= threshold {
			return int(x % bound)
		}
	}
}

// DeriveSeed returns the seed for the i-th run of a series of runs seeded with
// seed (for example the i-th sample of a random exploration). Different i give
// unrelated seeds; the mapping never changes.
func DeriveSeed(seed uint64, i int) uint64 {
	r := newRNG(seed ^ (uint64(i)+1)*0xd1b54a32d192ed03)
	r.next()
	return r.next()
}
