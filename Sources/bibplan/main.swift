import BibplanCore
print("bibplan")
