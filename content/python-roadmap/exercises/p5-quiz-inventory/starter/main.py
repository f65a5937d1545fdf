from dataclasses import dataclass, field


# @dataclass
# class Item: ...
