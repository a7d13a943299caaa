package vm

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestListCacheFollowsSets checks that the enabled-list cache answers with
// exactly the listed set, whether it lists it anew or reuses a kept list,
// over random walks of small and large changes.
func TestListCacheFollowsSets(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{3, 40, 130} {
		var c listCache
		set := make(bitset, (n+63)/64)
		for step := 0; step < 5000; step++ {
			switch k := r.IntN(10); {
			case k < 6: // a few threads change
				for j := r.IntN(3) + 1; j > 0; j-- {
					id := r.IntN(n)
					if set.has(id) {
						set.clear(id)
					} else {
						set.set(id)
					}
				}
			case k < 8: // a gate opens or closes: many change at once
				for id := 0; id < n; id++ {
					if r.IntN(2) == 0 {
						set.set(id)
					} else {
						set.clear(id)
					}
				}
			}
			got := c.get(set)
			want := set.list(nil)
			if !slices.Equal(got, want) {
				t.Fatalf("n=%d step %d: got %v, want %v", n, step, got, want)
			}
		}
	}
}
