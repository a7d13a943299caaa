# Closures and dict dispatch: a vending-machine state machine driven by events
def make_machine():
    state = {"name": "idle", "credit": 0}
    log = []
    def idle(event, arg):
        if event == "coin":
            state["credit"] += arg
            return "paying"
        return "idle"
    def paying(event, arg):
        if event == "coin":
            state["credit"] += arg
            return "paying"
        if event == "select":
            price = {"tea": 120, "soda": 150}.get(arg)
            if price is None:
                log.append(f"unknown item {arg}")
                return "paying"
            if state["credit"] >= price:
                change = state["credit"] - price
                log.append(f"vend {arg}, change {change}")
                state["credit"] = 0
                return "idle"
            log.append(f"need {price - state['credit']} more for {arg}")
            return "paying"
        if event == "refund":
            log.append(f"refund {state['credit']}")
            state["credit"] = 0
            return "idle"
        return "paying"
    handlers = {"idle": idle, "paying": paying}
    def send(event, arg=None):
        before = state["name"]
        state["name"] = handlers[before](event, arg)
        print(f"{before:>7} --{event}({arg})--> {state['name']:<7} credit={state['credit']}")
    return send, log
send, log = make_machine()
for ev in [("select", "tea"), ("coin", 100), ("select", "soda"), ("coin", 50), ("select", "coffee"),
           ("select", "soda"), ("coin", 200), ("refund", None), ("coin", 120), ("select", "tea")]:
    send(*ev)
print(log)
