# Write the class BankAccount here. Every method needs type hints.


if __name__ == "__main__":
    owner = input()
    balance = float(input())
    other_owner = input()
    amount = float(input())
    sender = BankAccount(owner, balance)
    receiver = BankAccount(other_owner)
    try:
        sender.transfer_to(receiver, amount)
    except ValueError:
        print("Transfer refused")
    print(sender.statement())
    print(receiver.statement())
