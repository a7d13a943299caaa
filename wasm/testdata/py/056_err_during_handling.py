# Uncaught exception raised inside an except block: "During handling of the above exception"
fallbacks = {"one": 1, "ten": 10}
def convert(text):
    try:
        return int(text)
    except ValueError:
        print("conversion failed for", repr(text), "- trying fallback")
        return fallbacks[text]
print(convert("5"), convert("one"), convert("ten"))
try:
    convert("eleven")
except KeyError as e:
    print("caught:", repr(e), "context:", repr(e.__context__))
print("now without a handler")
print(convert("two"))
print("not reached")
