def simulate(arrivals, service_time):
    clock = 0
    queue = []
    log = []
    for t, name in arrivals:
        while queue and clock + service_time <= t:
            clock += service_time
            log.append((clock, queue.pop(0)))
        if not queue:
            clock = max(clock, t)
        queue.append(name)
    while queue:
        clock += service_time
        log.append((clock, queue.pop(0)))
    return log
for done, who in simulate([(0, "a"), (1, "b"), (2, "c"), (10, "d"), (11, "e")], 3):
    print(f"t={done:>3} served {who}")
