"""mla_lint plugin for Mutual Legal Assistance requests addressed to the United States.

Registered under the ``mla_lint`` entry-point group (``mla_lint_us.plugin``);
it adds the jurisdiction profile ``US``, selected automatically when the
request is addressed to the United States, and the rules ``US101``-``US106``.
"""
