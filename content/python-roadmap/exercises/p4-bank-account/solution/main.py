class BankAccount:
    def __init__(self, owner: str, balance: float = 0.0) -> None:
        if balance < 0:
            raise ValueError("a new account cannot start below zero")
        self.owner = owner
        self.balance = balance

    def deposit(self, amount: float) -> None:
        if amount <= 0:
            raise ValueError("deposit a positive amount")
        self.balance += amount

    def withdraw(self, amount: float) -> None:
        if amount <= 0:
            raise ValueError("withdraw a positive amount")
        if amount > self.balance:
            raise ValueError("not enough money")
        self.balance -= amount

    def transfer_to(self, other: "BankAccount", amount: float) -> None:
        self.withdraw(amount)
        other.deposit(amount)

    def statement(self) -> str:
        return f"{self.owner}: {self.balance:.2f}"


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
