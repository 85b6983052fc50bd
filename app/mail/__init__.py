"""Email: the texts of the notifications (``templates``) and their delivery over SMTP
(``sender``). Queuing them inside a use case's transaction is ``app.notify``.

Nothing here imports Qt; the sender is an adapter the composition root builds once.
"""
