"""mla_lint plugin for European Investigation Orders (Directive 2014/41/EU).

Registered under the ``mla_lint`` entry-point group (``mla_lint_eio.plugin``);
it adds the jurisdiction profile ``EIO``, selected automatically when both the
issuing and the executing state are EU member states (Denmark and Ireland
included, so that an EIO to or from them is caught), and the rules
``EIO101``-``EIO106``.
"""
