print("pepcheck: under construction")
