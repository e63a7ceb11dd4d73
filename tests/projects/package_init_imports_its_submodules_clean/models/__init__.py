from . import convnet
