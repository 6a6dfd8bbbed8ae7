"""mla_lint plugin for Mutual Legal Assistance requests from and to Pakistan.

Registered under the ``mla_lint`` entry-point group (``mla_lint_pk.plugin``);
it adds the jurisdiction profile ``PK``, selected automatically when Pakistan
is the requesting or the requested state, and the rules ``PK101``-``PK106``
on the Mutual Legal Assistance (Criminal Matters) Act 2020.
"""
