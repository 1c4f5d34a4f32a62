print("isg")
