print("bibplan-stress")
