package vm

// This file holds the limits that protect the playground from programs that
// would exhaust memory: `[0] * 10**10` raises MemoryError instead of
// crashing the page.

// Size limits of containers and strings.
const (
	// MaxContainerLen is the largest number of items a list, tuple, dict or
	// set may hold.
	MaxContainerLen = 10_000_000
	// MaxStrBytes is the largest str, in bytes of UTF-8.
	MaxStrBytes = 100 << 20
)

// tooLarge is the MemoryError for a container of n items.
func tooLarge(kind string, n int64) error {
	return Errorf(MemoryErrorType, "lockstep: a %s of %d items is too large", kind, n)
}

// tooLargeStr is the MemoryError for a string of n bytes.
func tooLargeStr(n int64) error {
	return Errorf(MemoryErrorType, "lockstep: a str of %d characters is too large", n)
}

// checkLen fails when a container of kind would hold more than
// MaxContainerLen items.
func checkLen(kind string, n int64) error {
	if n > MaxContainerLen {
		return tooLarge(kind, n)
	}
	return nil
}
