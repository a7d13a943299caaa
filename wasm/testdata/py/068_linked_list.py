# Singly linked list class: push/append/pop, iteration, reversal, __len__/__repr__/__contains__/__getitem__
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in items:
            self.append(it)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
    def __contains__(self, v):
        return any(x == v for x in self)
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for idx, v in enumerate(self):
            if idx == i:
                return v
        raise IndexError("LinkedList index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
ll = LinkedList([1, 2, 3])
ll.push(0)
ll.append("four")
print(ll, len(ll), 3 in ll, 9 in ll, ll[0], ll[-1], ll[2])
ll.reverse()
print(ll, list(ll), [str(x) * 2 for x in ll])
print(ll.pop(), ll.pop(), ll, len(ll))
empty = LinkedList()
print(empty, len(empty), bool(empty), list(empty))
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
nums = LinkedList(range(10))
print(sum(nums), max(nums), sorted(nums, reverse=True)[:3], [x for x in nums if x % 3 == 0])
nums.reverse()
print(nums)
