# Uncaught TypeError: can only concatenate str (not "int") to str, raised from a method
class Label:
    def __init__(self, text, number):
        self.text = text
        self.number = number
    def render(self):
        return self.text + ": " + self.number
    def safe_render(self):
        return self.text + ": " + str(self.number)
print("start")
lbl = Label("count", 7)
print(lbl.safe_render())
print(Label("name", "seven").render())
try:
    [1] + "a"
except TypeError as e:
    print("caught:", e)
print(lbl.render())
