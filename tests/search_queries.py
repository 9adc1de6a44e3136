"""Search queries a reader would type, each with the question it should find.

Written before any tuning, not copied from headings or "also asked as" phrasings.
bench/search.py reports how many land in the top 1 and top 3.
"""

QUERIES = {
    "relu vs sigmoid hidden layers": "nn-relu-vs-sigmoid",
    "neurons stuck outputting zero relu": "nn-dead-relu",
    "tanh and sigmoid relationship": "nn-sigmoid-tanh-relation",
    "leaky relu negative slope": "nn-relu-leaky-prelu",
    "gelu vs swish": "nn-swish-gelu",
    "selu self normalizing network": "nn-elu-selu",
    "swiglu transformer feed forward": "nn-gelu-transformers",
    "xor perceptron hidden layer": "nn-xor-hidden-layer",
    "why do we need activation functions": "nn-why-nonlinearity",
    "relu universal approximation": "nn-relu-universal-approximation",
    "backward pass chain rule intuition": "nn-backprop",
    "build autograd from scratch": "nn-autograd-engine",
    "stable binary cross entropy log sigmoid": "nn-binary-cross-entropy",
    "softmax temperature distillation": "nn-softmax-temperature",
    "mse for classification instead of cross entropy": "nn-mse-vs-ce",
    "multi label sigmoid per class": "nn-multilabel-vs-multiclass",
    "BCEWithLogitsLoss NLLLoss difference": "nn-pytorch-cross-entropy-variants",
    "CrossEntropyLoss expects logits": "nn-ce-logits-stability",
    "huber delta threshold": "nn-huber-loss",
    "pinball loss": "nn-quantile-loss",
    "loss robust to outliers": "nn-mse-mae-huber",
    "under forecasting more costly": "nn-asymmetric-loss-design",
    "label smoothing": "nn-label-smoothing",
    "focal loss gamma": "nn-focal-loss",
    "class weights effective number of samples": "nn-imbalance-losses",
    "bayesian personalized ranking": "nn-bpr-loss",
    "lambdarank approxndcg": "nn-listwise-ndcg-surrogates",
    "pointwise pairwise listwise": "nn-learning-to-rank-losses",
    "hinge loss svm logistic": "nn-hinge-vs-cross-entropy",
    "why not optimize accuracy directly": "nn-differentiable-loss-zero-one",
    "loss vs metric": "nn-loss-vs-metric",
    "mlp forward pass shapes": "nn-mlp-forward",
    "numpy neural network from scratch training": "nn-mlp-numpy-training",
    "why exponential in softmax": "nn-softmax-why-exp",
    "zig zag updates all positive inputs": "nn-zero-centered-activations",
}
