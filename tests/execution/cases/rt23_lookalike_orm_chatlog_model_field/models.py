"""A tiny in-memory ORM in the style of Django models (no database needed for the demo)."""


class Field:
    def __init__(self, default=None):
        self.default = default


class Manager:
    def __init__(self, model):
        self.model = model
        self.rows = []

    def create(self, **kwargs):
        row = self.model(**kwargs)
        self.rows.append(row)
        return row

    def filter(self, **kwargs):
        return [r for r in self.rows if all(getattr(r, k) == v for k, v in kwargs.items())]


class Model:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.objects = Manager(cls)

    def __init__(self, **kwargs):
        for name, value in vars(type(self)).items():
            if isinstance(value, Field):
                setattr(self, name, kwargs.get(name, value.default))


class ChatLog(Model):
    model = Field(default="gpt-3.5-turbo")
    prompt = Field(default="")
    tokens = Field(default=0)
