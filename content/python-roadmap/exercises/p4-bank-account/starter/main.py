# Write the class BankAccount here. Every method needs type hints.


if __name__ == "__main__":
    ada = BankAccount("Ada", 100.0)
    grace = BankAccount("Grace")
    ada.transfer_to(grace, 30.0)
    print(ada.statement())
    print(grace.statement())
