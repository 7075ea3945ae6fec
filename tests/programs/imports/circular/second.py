from first import X
