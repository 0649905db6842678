print("bibplan-bench")
