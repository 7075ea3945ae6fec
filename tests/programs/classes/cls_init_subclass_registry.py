# checks that genpy runs this program (cls_init_subclass_registry, from the second differential-testing corpus) exactly as CPython 3.11 does
registry = []
class Base:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        registry.append(cls.__name__)
        cls.tag = cls.__name__.lower()
class A(Base): pass
class B(A): pass
class C(Base):
    tag = "custom"
print(registry, A.tag, B.tag, C.tag)
