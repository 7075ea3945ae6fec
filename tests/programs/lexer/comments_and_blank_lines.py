# checks that comments and blank lines, including inside blocks, are ignored by the layout pass
# a comment at the top


def gen():
    # comment before the first statement
    yield 1

    # blank line and comment between yields

    yield 2
        # oddly indented comment is still just a comment
    yield 3


for x in gen():  # trailing comment
    print(x)

    # comment inside the loop body
print("done")  # end
