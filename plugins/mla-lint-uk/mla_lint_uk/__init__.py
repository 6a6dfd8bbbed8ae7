"""mla_lint plugin for Mutual Legal Assistance requests addressed to the United Kingdom.

Registered under the ``mla_lint`` entry-point group (``mla_lint_uk.plugin``);
it adds the jurisdiction profile ``UK``, selected automatically when the
request is addressed to the United Kingdom, and the rules ``UK101``-``UK107``.
"""
