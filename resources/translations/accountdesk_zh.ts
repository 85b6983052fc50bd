<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddStaffDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="98"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="123"/>
        <source>Add staff user</source>
        <translation>添加员工用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="102"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="102"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="104"/>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="104"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="106"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="106"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="111"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="111"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="114"/>
        <source>&amp;Create the login on the server</source>
        <translation>在服务器上创建登录名(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="128"/>
        <source>Database &amp;login:</source>
        <translation>数据库登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="128"/>
        <source>Database login</source>
        <translation>数据库登录名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="130"/>
        <source>The PostgreSQL login this person signs in with; it joins the group of their role.</source>
        <translation>此人登录所用的 PostgreSQL 登录名；它会加入其角色的组。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="131"/>
        <source>Create the login on the server</source>
        <translation>在服务器上创建登录名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="136"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="136"/>
        <source>Password of the new login</source>
        <translation>新登录名的密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="137"/>
        <source>Password a&amp;gain:</source>
        <translation>再次输入密码(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="138"/>
        <source>Password of the new login, again</source>
        <translation>再次输入新登录名的密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="143"/>
        <source>Your database login may not create logins (it needs CREATEROLE): give an existing login, created by the server&apos;s administrator.</source>
        <translation>您的数据库登录名无权创建登录名（需要 CREATEROLE）：请填写由服务器管理员创建的现有登录名。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="159"/>
        <source>Type the new login&apos;s password.</source>
        <translation>请输入新登录名的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="162"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致；请输入两次相同的密码。</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="64"/>
        <source>Account Desk backups (*.sqlite3)</source>
        <translation>Account Desk 备份 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="64"/>
        <source>PostgreSQL backups (*.dump)</source>
        <translation>PostgreSQL 备份 (*.dump)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="70"/>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="75"/>
        <source>Backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="76"/>
        <source>The database was backed up to {file}.</source>
        <translation>数据库已备份到 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="84"/>
        <location filename="../../ui/backup_actions.py" line="95"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="93"/>
        <source>Replace the current database with the backup {file}? The current database is kept as a copy next to it; clients deleted since the backup stay deleted.</source>
        <translation>用备份 {file} 替换当前数据库？当前数据库会在旁边保留一份副本；备份之后删除的客户仍保持删除。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="104"/>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="106"/>
        <source>The database it replaced is kept as {file}.</source>
        <translation>被替换的数据库保留为 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="107"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="118"/>
        <source>The backup or restore did not finish: {error}.</source>
        <translation>备份或恢复未能完成：{error}。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="120"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>BusinessDays</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/review_request.py" line="55"/>
        <source>%Ln business day</source>
        <translation>
            <numerusform>%Ln 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/review_request.py" line="56"/>
        <source>%Ln business days</source>
        <translation>
            <numerusform>%Ln 个工作日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelAllDialog</name>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="32"/>
        <source>Cancel all at renewal: {name}</source>
        <translation>全部在续订时终止：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="39"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="39"/>
        <source>Last invoice</source>
        <translation>最后一张发票</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="40"/>
        <source>Access until</source>
        <translation>访问截止至</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="40"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="47"/>
        <source>Cancel all at renewal</source>
        <translation>全部在续订时终止</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="62"/>
        <source>already cancelled</source>
        <translation>已终止</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="64"/>
        <source>at its next renewal</source>
        <translation>在下次续订时</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="67"/>
        <source>nothing to cancel</source>
        <translation>无可终止的订阅</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="75"/>
        <source>{name} has no running subscription; there is nothing to cancel.</source>
        <translation>{name} 没有进行中的订阅；没有可终止的订阅。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="79"/>
        <source>Each subscription below is cancelled at its own next renewal: no invoice is issued from then on and access ends on the date shown. A cancellation can later only be moved earlier.</source>
        <translation>以下每个订阅都将在各自的下次续订时终止：此后不再开具发票，访问权限在所示日期结束。终止日期之后只能提前，不能推迟。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_all.py" line="82"/>
        <source>No subscription can be cancelled now.</source>
        <translation>目前没有可终止的订阅。</translation>
    </message>
</context>
<context>
    <name>CancelSubscriptionDialog</name>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="56"/>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="76"/>
        <source>Move cancellation earlier</source>
        <translation>提前终止时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="56"/>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="76"/>
        <source>Cancel subscription</source>
        <translation>终止订阅</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="57"/>
        <source>{title} — {client}</source>
        <translation>{title} — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="80"/>
        <source>&amp;Keep subscription</source>
        <translation>保留订阅(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="94"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="97"/>
        <source>Client:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="97"/>
        <source>{client} ({account})</source>
        <translation>{client}（{account}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="99"/>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="99"/>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="100"/>
        <source>Plan:</source>
        <translation>套餐：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="101"/>
        <source>{plan}, {price} {per}</source>
        <translation>{plan}，{per} {price}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="103"/>
        <source>Participant:</source>
        <translation>参与者：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="104"/>
        <source>Billing:</source>
        <translation>计费方式：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="106"/>
        <source>None: no further invoice will be issued</source>
        <translation>无：不会再开具发票</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="107"/>
        <source>Next billing date:</source>
        <translation>下一账单日：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="113"/>
        <source>Annual, renewed each year on the purchase date (bought {date})</source>
        <translation>按年，每年在购买日续订（购买于 {date}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="115"/>
        <source>Monthly, on the day of the month it was bought (bought {date})</source>
        <translation>按月，每月在购买当日计费（购买于 {date}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="116"/>
        <source>Monthly, billing day {day}: each invoice covers the next calendar month</source>
        <translation>按月，账单日为每月 {day} 日：每张发票涵盖下一个自然月</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="123"/>
        <source>Currently: after {month}, access until {end}.</source>
        <translation>当前：{month}之后终止，访问截止至 {end}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="126"/>
        <source>This subscription is already being cancelled.</source>
        <translation>此订阅已在终止中。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="127"/>
        <source>A cancellation can only be moved earlier, never later or removed. To undo a mistaken cancellation, let the subscription expire and buy it again for the client.</source>
        <translation>终止只能提前，不能推迟或撤除。如需纠正误操作的终止，请让订阅到期，再为客户重新购买。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="129"/>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="131"/>
        <source>Revoke cancellation</source>
        <translation>撤销终止</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="136"/>
        <source>Billing resumes as if the subscription had never been cancelled.</source>
        <translation>计费将恢复，如同该订阅从未被终止。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="146"/>
        <source>Termination month</source>
        <translation>终止月份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="147"/>
        <source>The month of the first billing date that will not be invoiced.</source>
        <translation>第一个不再开票的账单日所在的月份。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="150"/>
        <source>after {month}</source>
        <translation>{month}之后</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="153"/>
        <source>&amp;Cancel:</source>
        <translation>终止时间(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="153"/>
        <source>&amp;Move to:</source>
        <translation>提前到(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="158"/>
        <source>For the chosen month</source>
        <translation>所选月份的结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="165"/>
        <source>Last invoice:</source>
        <translation>最后一张发票：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="166"/>
        <source>Access ends:</source>
        <translation>访问截止：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="167"/>
        <source>Invoices no longer issued:</source>
        <translation>不再开具的发票：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="172"/>
        <source>Once set, a cancellation cannot be removed; it can only be moved to an earlier month. To undo a mistaken cancellation, let the subscription expire and buy it again for the client.</source>
        <translation>终止一经设置便无法撤除，只能提前到更早的月份。如需纠正误操作的终止，请让订阅到期，再为客户重新购买。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="190"/>
        <source>{date} (end of the day)</source>
        <translation>{date}（当天结束时）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="192"/>
        <source>up to the end date, {date}</source>
        <translation>截至结束日期 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="194"/>
        <source>over the next {months} months</source>
        <translation>未来 {months} 个月内</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="195"/>
        <source>{count} ({span})</source>
        <translation>{count}（{span}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="209"/>
        <source>{plan} for {client}: cancelled after {month}, access until {end}.</source>
        <translation>{client} 的 {plan}：在 {month} 之后终止，访问权限至 {end}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="220"/>
        <source>{plan} for {client}: cancellation revoked; billing goes on.</source>
        <translation>{client} 的 {plan}：终止已撤销；继续计费。</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="185"/>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="194"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="188"/>
        <source>{name} ({email})</source>
        <translation>{name}（{email}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="190"/>
        <source>Staff user:</source>
        <translation>员工用户：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="192"/>
        <source>New &amp;role:</source>
        <translation>新角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialogs.py" line="192"/>
        <source>New role</source>
        <translation>新角色</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Portal</source>
        <translation>门户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
</context>
<context>
    <name>ClientDetailsDialog</name>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="40"/>
        <source>Edit details — {client}</source>
        <translation>编辑资料 — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="41"/>
        <source>The details of {client} ({account}).</source>
        <translation>{client}（{account}）的资料。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="45"/>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="45"/>
        <source>Client&apos;s email</source>
        <translation>客户的电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="46"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="46"/>
        <source>Client&apos;s phone</source>
        <translation>客户的电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="47"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="48"/>
        <source>Language of the client&apos;s emails</source>
        <translation>发给客户的邮件所用语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="50"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="52"/>
        <source>Account &amp;manager:</source>
        <translation>客户经理(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="53"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="56"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="73"/>
        <source>Nothing to change: the details of {client} were already these.</source>
        <translation>无需更改：{client}的资料本来就是这些。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="76"/>
        <source>Details of {client} changed.</source>
        <translation>{client}的资料已更改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/client_details.py" line="78"/>
        <source>Change of the details of {client} undone.</source>
        <translation>{client}的资料更改已撤消。</translation>
    </message>
</context>
<context>
    <name>CloseAccountWizard</name>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="266"/>
        <source>Close account</source>
        <translation>关闭账户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="278"/>
        <source>Close account: {name}</source>
        <translation>关闭账户：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="282"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="289"/>
        <source>Confirm the deletion</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="290"/>
        <source>Type the client&apos;s name exactly to schedule the deactivation.</source>
        <translation>请准确输入客户名称以安排停用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="292"/>
        <source>Deactivating deletes ALL the data of {name} once every subscription has ended and the purge date has passed. This is irreversible.</source>
        <translation>停用将在所有订阅结束且清除日期过后删除 {name} 的全部数据。此操作不可逆。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="318"/>
        <source>When you click Close account, today {today}:</source>
        <translation>当您点击“关闭账户”时，即今天 {today}：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="325"/>
        <source>• {plan} ({participant}) ends at the end of its current term: access until {end}; no further invoice.</source>
        <translation>• {plan}（{participant}）在当前期限结束时终止：访问权限至 {end}；不再开具发票。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="328"/>
        <source>• The saved card is removed.</source>
        <translation>• 已保存的银行卡将被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="329"/>
        <source>• The account owner is emailed, with a copy to the account manager.</source>
        <translation>• 将向账户所有者发送邮件，并抄送客户经理。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="332"/>
        <source>• A one-to-one session is recorded for {day}.</source>
        <translation>• 已登记 {day} 的一对一会谈。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="335"/>
        <source>• On {day}, when every subscription has ended, the deactivation checks run again and the account is deactivated; its data is then purged.</source>
        <translation>• {day}，所有订阅结束后，将再次运行停用检查并停用该账户；随后其数据将被清除。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="339"/>
        <source>• From {day} nothing runs any more: the account is expired and stays as history.</source>
        <translation>• 自 {day} 起不再有任何运行中的项目：账户已过期并作为历史记录保留。</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Billing day</source>
        <translation>账单日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Next billing</source>
        <translation>下次计费</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Access end</source>
        <translation>访问截止</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../ui/conflicts.py" line="22"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="60"/>
        <source>Connect to team database</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="69"/>
        <source>A team works on one PostgreSQL database. Ask your administrator for these details.</source>
        <translation>团队共用一个 PostgreSQL 数据库。请向管理员索取以下信息。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="70"/>
        <source>Choose the database: the team&apos;s PostgreSQL database, or the local file on this computer for one person.</source>
        <translation>请选择数据库：团队的 PostgreSQL 数据库，或供一人使用的本机文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="85"/>
        <source>Prefer TLS (prefer)</source>
        <translation>尽量使用 TLS（prefer）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="85"/>
        <source>Require TLS (require)</source>
        <translation>必须使用 TLS（require）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="86"/>
        <source>Require TLS and check the server&apos;s certificate (verify-full)</source>
        <translation>必须使用 TLS 并校验服务器证书（verify-full）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="87"/>
        <source>No TLS (disable)</source>
        <translation>不使用 TLS（disable）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="91"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="91"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="92"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="92"/>
        <source>Log&amp;in:</source>
        <translation>登录名(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="93"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="93"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="98"/>
        <source>The password is kept in this computer&apos;s keyring (Windows Credential Manager, macOS Keychain or the Secret Service), never in a file.</source>
        <translation>密码保存在本机的密钥环中（Windows 凭据管理器、macOS 钥匙串或 Secret Service），绝不写入文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="106"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="109"/>
        <source>T&amp;est connection</source>
        <translation>测试连接(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="110"/>
        <source>Use the &amp;local database</source>
        <translation>使用本地数据库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="162"/>
        <location filename="../../ui/dialogs/connect_dialog.py" line="196"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="172"/>
        <source>Connected as %1: the database is empty; connecting creates the Account Desk tables.</source>
        <translation>已以 %1 身份连接：数据库为空；连接时将创建 Account Desk 的数据表。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="174"/>
        <source>Connected as %1, but the database is empty and this login cannot create the tables: ask an administrator to connect first.</source>
        <translation>已以 %1 身份连接，但数据库为空，且此登录名无法创建数据表：请先让管理员连接一次。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="178"/>
        <source>Connected as %1: the database is ready.</source>
        <translation>已以 %1 身份连接：数据库已就绪。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="179"/>
        <source>Connected as %1: the database is at version %2; connecting brings it up to version %3.</source>
        <translation>已以 %1 身份连接：数据库版本为 %2；连接时将升级到版本 %3。</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../../ui/connection_actions.py" line="30"/>
        <source>team database %1</source>
        <translation>团队数据库 %1</translation>
    </message>
    <message>
        <location filename="../../ui/connection_actions.py" line="33"/>
        <source>local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <location filename="../../ui/connection_actions.py" line="34"/>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <location filename="../../ui/connection_actions.py" line="39"/>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
    <message>
        <location filename="../../ui/connection_actions.py" line="68"/>
        <source>The local database is already open.</source>
        <translation>本地数据库已经打开。</translation>
    </message>
</context>
<context>
    <name>ContactCombo</name>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="53"/>
        <source>primary admin</source>
        <translation>主管理员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="53"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="54"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="55"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="36"/>
        <source>Add a contact — {client}</source>
        <translation>添加联系人 — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="36"/>
        <source>Edit contact — {client}</source>
        <translation>编辑联系人 — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="38"/>
        <source>A new contact of {client} ({account}).</source>
        <translation>{client}（{account}）的新联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="39"/>
        <source>{contact}, contact of {client} ({account}).</source>
        <translation>{contact}，{client}（{account}）的联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="45"/>
        <source>Contact&apos;s name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="47"/>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="47"/>
        <source>Contact&apos;s email</source>
        <translation>联系人的电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="49"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="49"/>
        <source>Contact&apos;s phone</source>
        <translation>联系人的电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="57"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="57"/>
        <source>Contact&apos;s role</source>
        <translation>联系人角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="61"/>
        <source>The account owner stays the owner until another contact is made the owner (Make account owner in the Contacts and seats tab).</source>
        <translation>在另一位联系人被设为账户所有者之前，账户所有者保持不变（在“联系人和席位”标签页中使用“设为账户所有者”）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="64"/>
        <source>{owner} owns the account; to make this contact the owner, use Make account owner in the Contacts and seats tab.</source>
        <translation>{owner}是账户所有者；要将此联系人设为所有者，请在“联系人和席位”标签页中使用“设为账户所有者”。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="67"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="67"/>
        <source>Contact&apos;s language</source>
        <translation>联系人的语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="68"/>
        <source>Same as the client</source>
        <translation>与客户相同</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="72"/>
        <source>Holds a paid &amp;seat</source>
        <translation>占用付费席位(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="75"/>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="75"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="96"/>
        <source>{name} added as a contact of {client}.</source>
        <translation>已将{name}添加为{client}的联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="99"/>
        <source>{name} removed again.</source>
        <translation>已移除{name}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="104"/>
        <source>Nothing to change: {name}&apos;s details were already these.</source>
        <translation>无需更改：{name}的资料本来就是这些。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="106"/>
        <source>{name}&apos;s details changed.</source>
        <translation>{name}的资料已更改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="108"/>
        <source>Change of {name}&apos;s details undone.</source>
        <translation>{name}的资料更改已撤消。</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <location filename="../../ui/count_words.py" line="18"/>
        <source>%L1 of %Ln client</source>
        <translation>
            <numerusform>%L1 / %Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/count_words.py" line="18"/>
        <source>%L1 of %Ln clients</source>
        <translation>
            <numerusform>%L1 / %Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/count_words.py" line="22"/>
        <source>%L1 of %Ln subscription</source>
        <translation>
            <numerusform>%L1 / %Ln 个订阅</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/count_words.py" line="23"/>
        <source>%L1 of %Ln subscriptions</source>
        <translation>
            <numerusform>%L1 / %Ln 个订阅</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/count_words.py" line="30"/>
        <source>%L1 of %Ln email</source>
        <translation>
            <numerusform>%L1 / %Ln 封邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/count_words.py" line="30"/>
        <source>%L1 of %Ln emails</source>
        <translation>
            <numerusform>%L1 / %Ln 封邮件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/crash.py" line="95"/>
        <source>Something went wrong and Account Desk could not finish what it was doing. Changes already saved are safe; the change in progress was not saved. The details are in the log file in {folder}.</source>
        <translation>出现问题，Account Desk 未能完成正在进行的操作。已保存的更改是安全的；正在进行的更改未被保存。详细信息在 {folder} 中的日志文件里。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="98"/>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="99"/>
        <source>Copy the details, to send them to support?</source>
        <translation>是否复制详细信息以发送给技术支持？</translation>
    </message>
</context>
<context>
    <name>DeactivateChecklistDialog</name>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="91"/>
        <source>Deactivate {client}: checklist</source>
        <translation>停用 {client}：检查清单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="96"/>
        <source>Deactivating deletes every record of {client} for good after {days} days. Check each item below; the next step asks you to confirm by typing the client&apos;s name.</source>
        <translation>停用将在 {days} 天后永久删除 {client} 的所有记录。请逐项核对以下内容；下一步需要输入客户名称进行确认。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="110"/>
        <source>C&amp;ontinue…</source>
        <translation>继续(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="128"/>
        <source>Done: {what}</source>
        <translation>已完成：{what}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="128"/>
        <source>Blocking: {what}</source>
        <translation>阻碍：{what}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="136"/>
        <source>1. Export the client&apos;s data</source>
        <translation>1. 导出客户数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="139"/>
        <source>&amp;Export everything for this client now…</source>
        <translation>立即导出此客户的全部数据(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="141"/>
        <source>Export everything for this client now</source>
        <translation>立即导出此客户的全部数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="148"/>
        <source>The workbook is checked by reading it back: every sheet present, every row count equal to the database&apos;s.</source>
        <translation>导出后会重新读取工作簿进行核对：每个工作表都存在，每个行数都与数据库一致。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="151"/>
        <source>&amp;Skip the export: I understand that no copy of this client&apos;s data will be kept</source>
        <translation>跳过导出：我明白不会保留此客户数据的任何副本(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="159"/>
        <source>2. Unpaid invoices</source>
        <translation>2. 未付发票</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="164"/>
        <source>no unpaid invoice.</source>
        <translation>没有未付发票。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="166"/>
        <source>invoice of {issued}: {open} open of {amount}</source>
        <translation>{issued} 开具的发票：{amount} 中尚有 {open} 未付</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="170"/>
        <source>1 unpaid invoice; record the payment or credit it first.</source>
        <translation>1 张未付发票；请先登记付款或冲销。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="171"/>
        <source>{n} unpaid invoices; record the payments or credit them first.</source>
        <translation>{n} 张未付发票；请先登记付款或冲销。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="177"/>
        <source>3. Subscriptions and seats</source>
        <translation>3. 订阅和席位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="184"/>
        <source>a subscription is still running with no end date; cancel it first.</source>
        <translation>仍有订阅在进行中且没有结束日期；请先终止该订阅。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="186"/>
        <source>a subscription still gives access; deactivation is possible from {day}.</source>
        <translation>仍有订阅提供访问权限；自 {day} 起可以停用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="189"/>
        <source>no subscription gives access any more.</source>
        <translation>已没有订阅提供访问权限。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="194"/>
        <source>no end date</source>
        <translation>无结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="196"/>
        <source>access until {day}</source>
        <translation>访问权限至 {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="198"/>
        <source>access ended {day}</source>
        <translation>访问权限已于 {day} 结束</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="203"/>
        <source>1 active paid seat</source>
        <translation>1 个有效付费席位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="203"/>
        <source>{n} active paid seats</source>
        <translation>{n} 个有效付费席位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="206"/>
        <source>{seats}, at most {limit} allowed.</source>
        <translation>{seats}，最多允许 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="207"/>
        <source>Deactivate users and reduce licences in Contacts and seats first.</source>
        <translation>请先在“联系人和席位”中停用用户并减少许可证。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="211"/>
        <source>4. The request</source>
        <translation>4. 申请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="217"/>
        <source>the client has no account owner (primary admin contact); name one first.</source>
        <translation>客户没有账户所有者（主管理员联系人）；请先指定一位。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="222"/>
        <source>Requested by:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="223"/>
        <source>{who}, the account owner</source>
        <translation>{who}，账户所有者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="224"/>
        <source>I &amp;verified that {name} is the account owner and asked for this deactivation</source>
        <translation>我已核实 {name} 是账户所有者并申请了此次停用(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="231"/>
        <source>Reason for the deactivation</source>
        <translation>停用原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="235"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="244"/>
        <source>Export the client&apos;s data</source>
        <translation>导出客户数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="245"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="252"/>
        <source>Exporting and checking {file}…</source>
        <translation>正在导出并核对 {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="262"/>
        <source>Exported and verified: {file}, {sheets} sheets, {rows} rows, each count equal to the database&apos;s. This file holds the client&apos;s personal data: keep it safe, and destroy it when it is no longer needed.</source>
        <translation>已导出并核对：{file}，{sheets} 个工作表，{rows} 行，每项计数均与数据库一致。此文件包含客户的个人数据：请妥善保管，不再需要时将其销毁。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="266"/>
        <source>The export could not be verified; export again:
{problems}</source>
        <translation>无法核对导出文件；请重新导出：
{problems}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="274"/>
        <source>The export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="285"/>
        <source>Wait for the export to be written and checked.</source>
        <translation>请等待导出文件写入并核对完成。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="287"/>
        <source>Export the client&apos;s data and let it be verified, or tick that you skip the export.</source>
        <translation>请导出客户数据并等待核对，或勾选跳过导出。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="289"/>
        <source>Tick that you verified the account owner&apos;s authority.</source>
        <translation>请勾选以确认您已核实账户所有者的权限。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="291"/>
        <source>Give the reason for the deactivation.</source>
        <translation>请填写停用原因。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_checklist.py" line="297"/>
        <source>Go on to the confirmation.</source>
        <translation>进入确认步骤。</translation>
    </message>
</context>
<context>
    <name>DeactivateConfirmDialog</name>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="40"/>
        <source>Deactivate {client}</source>
        <translation>停用 {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="47"/>
        <source>This cannot be undone once the purge date has passed. On {purge}, every record of {client} is deleted for good: nobody, not even an administrator, can bring it back. Until then ({days} days) the account is hidden and a manager can still revoke the deactivation from Pending deactivations.</source>
        <translation>一旦过了清除日期，此操作将无法撤销。{purge} 当天，{client} 的所有记录将被永久删除：任何人（包括管理员）都无法恢复。在此之前（{days} 天），该账户会被隐藏，经理仍可在“待停用账户”中撤销停用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="58"/>
        <source>What will be deleted: {contacts}, {subscriptions}, {invoices}, {notes}, {files}, {emails}, and everything else recorded for this client. The audit trail keeps only who did what and when, without personal data.</source>
        <translation>将被删除的内容：{contacts}、{subscriptions}、{invoices}、{notes}、{files}、{emails}，以及为此客户记录的其他所有内容。审计记录仅保留谁在何时做了什么，不含个人数据。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="61"/>
        <source>1 contact</source>
        <translation>1 个联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="61"/>
        <source>{n} contacts</source>
        <translation>{n} 个联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="62"/>
        <source>1 subscription</source>
        <translation>1 个订阅</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="62"/>
        <source>{n} subscriptions</source>
        <translation>{n} 个订阅</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="63"/>
        <source>1 invoice</source>
        <translation>1 张发票</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="63"/>
        <source>{n} invoices</source>
        <translation>{n} 张发票</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="64"/>
        <source>1 note</source>
        <translation>1 条备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="64"/>
        <source>{n} notes</source>
        <translation>{n} 条备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="65"/>
        <source>1 file</source>
        <translation>1 个文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="65"/>
        <source>{n} files</source>
        <translation>{n} 个文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="66"/>
        <source>1 email</source>
        <translation>1 封邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="66"/>
        <source>{n} emails</source>
        <translation>{n} 封邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="70"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deactivate_confirm.py" line="80"/>
        <source>Type the client&apos;s name exactly to enable it.</source>
        <translation>请准确输入客户名称以启用此按钮。</translation>
    </message>
</context>
<context>
    <name>DeactivatePage</name>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="228"/>
        <source>After the last subscription ends</source>
        <translation>最后一个订阅结束后</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="229"/>
        <source>Optionally, delete the account for good once nothing runs any more.</source>
        <translation>可选：在不再有任何运行中的项目后永久删除该账户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="230"/>
        <source>&amp;Deactivate the account when every subscription has ended (its data is then deleted)</source>
        <translation>在所有订阅结束后停用该账户(&amp;D)（其数据随后将被删除）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="235"/>
        <source>This schedules a deletion: on the day every subscription has ended the checks of deactivation run again, and the account&apos;s data is purged {days} days later. It needs a manager and the client&apos;s name typed exactly.</source>
        <translation>这将安排一次删除：在所有订阅结束当天再次运行停用检查，账户数据将在 {days} 天后被清除。需要经理权限，并准确输入客户名称。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="242"/>
        <source>Only a manager can schedule a deletion.</source>
        <translation>只有经理可以安排删除。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail_pane.py" line="64"/>
        <source>Column headers</source>
        <translation>列标题</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="84"/>
        <source>Client details</source>
        <translation>客户详情</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="89"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="94"/>
        <source>Access end</source>
        <translation>访问截止</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="94"/>
        <source>Next billing</source>
        <translation>下次计费</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="93"/>
        <location filename="../../ui/detail_pane.py" line="104"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="94"/>
        <location filename="../../ui/detail_pane.py" line="104"/>
        <location filename="../../ui/detail_pane.py" line="147"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="95"/>
        <source>Cancellation month</source>
        <translation>终止月份</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="96"/>
        <location filename="../../ui/detail_pane.py" line="101"/>
        <source>Purchases</source>
        <translation>购买</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="104"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="104"/>
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="104"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="106"/>
        <location filename="../../ui/detail_pane.py" line="108"/>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="111"/>
        <location filename="../../ui/detail_pane.py" line="148"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="111"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="111"/>
        <source>Paid seat</source>
        <translation>付费席位</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="111"/>
        <location filename="../../ui/detail_pane.py" line="148"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="111"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="113"/>
        <location filename="../../ui/detail_pane.py" line="115"/>
        <source>Contacts and seats</source>
        <translation>联系人和席位</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="117"/>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="117"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="117"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="118"/>
        <location filename="../../ui/detail_pane.py" line="120"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="121"/>
        <source>Select a client to see its details.</source>
        <translation>选择一个客户以查看其详情。</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="147"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="147"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="148"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="149"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="149"/>
        <source>Client since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="150"/>
        <source>Account owner</source>
        <translation>账户所有者</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="150"/>
        <source>Active paid seats</source>
        <translation>活跃付费席位</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="151"/>
        <source>Running subscriptions</source>
        <translation>进行中的订阅</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="151"/>
        <source>Saved card</source>
        <translation>已保存的银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="152"/>
        <source>Unpaid invoices</source>
        <translation>未付发票</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="205"/>
        <source>{kind}, ends {date}</source>
        <translation>{kind}，{date} 结束</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="207"/>
        <source>{kind} by {reseller}</source>
        <translation>{kind}（经销商：{reseller}）</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="214"/>
        <location filename="../../ui/detail_pane.py" line="220"/>
        <location filename="../../ui/detail_pane.py" line="224"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="218"/>
        <source>None: the client&apos;s own email is used</source>
        <translation>无：使用客户自己的电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="222"/>
        <source>{count}, {amount} in total</source>
        <translation>{count} 张，共计 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="235"/>
        <source>{plan} for {participant}: {period}, {price}, bought {start}, {seats} seat(s)</source>
        <translation>{plan}（{participant}）：{period}，{price}，购买于 {start}，{seats} 个席位</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="245"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="252"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="252"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../ui/dialog_service.py" line="59"/>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <location filename="../../ui/export_view.py" line="49"/>
        <source>Preparing the export…</source>
        <translation>正在准备导出…</translation>
    </message>
    <message>
        <location filename="../../ui/export_view.py" line="53"/>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <location filename="../../ui/export_view.py" line="55"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/export_view.py" line="72"/>
        <source>%1 of %2 rows written</source>
        <translation>已写入 %1 / %2 行</translation>
    </message>
    <message>
        <location filename="../../ui/export_view.py" line="75"/>
        <source>%1 rows written</source>
        <translation>已写入 %1 行</translation>
    </message>
    <message>
        <location filename="../../ui/export_view.py" line="81"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <location filename="../../ui/export_view.py" line="190"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/sorted_rows.py" line="172"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>ForeignImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="63"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="67"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="71"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="81"/>
        <location filename="../../ui/dialogs/import_mapping.py" line="173"/>
        <source>Check rows</source>
        <translation>检查行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="82"/>
        <location filename="../../ui/dialogs/import_mapping.py" line="84"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="108"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="108"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="108"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="117"/>
        <source>Client name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="117"/>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="117"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="118"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="118"/>
        <source>Account owner: first name</source>
        <translation>账户所有者：名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="119"/>
        <source>Account owner: last name</source>
        <translation>账户所有者：姓</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="120"/>
        <source>Account owner: full name</source>
        <translation>账户所有者：全名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="120"/>
        <source>Account owner: email</source>
        <translation>账户所有者：电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="121"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="121"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="121"/>
        <source>Client since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="122"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="122"/>
        <source>Active (yes/no)</source>
        <translation>有效（是/否）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="123"/>
        <source>Left (yes/no)</source>
        <translation>已流失（是/否）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="133"/>
        <source>Field for the column %1</source>
        <translation>列 %1 对应的字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="134"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="138"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="139"/>
        <source>Examples: %1</source>
        <translation>示例：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_mapping.py" line="147"/>
        <source>%1 (%2): %n row(s). Choose the client field each column holds; the proposals come from the column names.</source>
        <translation>
            <numerusform>%1（%2）：%n 行。请为每一列选择其对应的客户字段；建议项来自列名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_mapping.py" line="181"/>
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>可以导入 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_mapping.py" line="182"/>
        <source>%n row(s) have problems and will be skipped; nothing is written until you import.</source>
        <translation>
            <numerusform>%n 行有问题，将被跳过；在您导入之前不会写入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_mapping.py" line="186"/>
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>导入 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="192"/>
        <source>No row can be imported.</source>
        <translation>没有可导入的行。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="106"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="110"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="114"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="117"/>
        <source>Rows per sheet</source>
        <translation>各工作表行数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="119"/>
        <location filename="../../ui/dialogs/import_preview.py" line="126"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="119"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="119"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="120"/>
        <source>Already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="124"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="126"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="126"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="127"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="136"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="169"/>
        <source>Checking %1: %2 rows read…</source>
        <translation>正在检查 %1：已读取 %2 行…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="178"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="197"/>
        <source>%1 has %n problem(s); correct them in the file and import it again. Nothing was written.</source>
        <translation>
            <numerusform>%1 有 %n 个问题；请在文件中更正后重新导入。未写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="200"/>
        <source>The file has problems; nothing can be imported until they are corrected.</source>
        <translation>文件存在问题；在更正之前无法导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="203"/>
        <source>%1 has no rows to import.</source>
        <translation>%1 没有可导入的行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="204"/>
        <source>There is nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="206"/>
        <source>%1 is valid: %n row(s) ready to import.</source>
        <translation>
            <numerusform>%1 有效：%n 行可以导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="208"/>
        <source>Nothing has been written yet. Import writes every row at once, or none.</source>
        <translation>尚未写入任何内容。导入会一次性写入所有行，或一行都不写入。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="221"/>
        <source>%1 cannot be imported.</source>
        <translation>%1 无法导入。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="241"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Direct</source>
        <translation>直销</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Trial</source>
        <translation>试用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Resold</source>
        <translation>经销</translation>
    </message>
</context>
<context>
    <name>LifecycleProgress</name>
    <message>
        <location filename="../../ui/lifecycle_progress.py" line="31"/>
        <source>Bringing the database up to today</source>
        <translation>正在将数据库更新到今天</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle_progress.py" line="33"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle_progress.py" line="35"/>
        <source>Stop bringing the database up to today; what is done stays, and the next run goes on from there</source>
        <translation>停止将数据库更新到今天；已完成的部分保留，下次运行从此处继续</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <location filename="../../ui/formatting.py" line="60"/>
        <source>MMMM yyyy</source>
        <comment>a month and its year, as a QDate format</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="196"/>
        <location filename="../../ui/app.py" line="203"/>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Account Desk</source>
        <translation>Account Desk</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="72"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="73"/>
        <source>Read the database again; filter, sort and selection stay</source>
        <translation>重新读取数据库；筛选、排序和选择保持不变</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="76"/>
        <source>Bring up to &amp;today</source>
        <translation>更新到今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="77"/>
        <source>Issue due invoices and handle every deadline up to today</source>
        <translation>开具到期发票，并处理截至今天的所有期限</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="83"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="83"/>
        <source>Organisation, policies and email settings</source>
        <translation>组织、策略和电子邮件设置</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="87"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="87"/>
        <source>Search by name, account number, email or phone</source>
        <translation>按名称、账号、电子邮件或电话搜索</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="91"/>
        <source>&amp;Previous record</source>
        <translation>上一条记录(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="93"/>
        <source>&amp;Next record</source>
        <translation>下一条记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="89"/>
        <source>&amp;Open details</source>
        <translation>打开详情(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="78"/>
        <source>&amp;Connect to team database…</source>
        <translation>连接团队数据库(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="79"/>
        <source>Work on the team&apos;s PostgreSQL database: server, login and TLS</source>
        <translation>使用团队的 PostgreSQL 数据库：服务器、登录名和 TLS</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="81"/>
        <source>Use the &amp;local database</source>
        <translation>使用本地数据库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="82"/>
        <source>Work on the database file on this computer again</source>
        <translation>改回使用本机的数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="90"/>
        <source>Move to the selected client&apos;s details</source>
        <translation>转到所选客户的详情</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="95"/>
        <source>&amp;Columns…</source>
        <translation>列(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="95"/>
        <source>Choose the columns of the table</source>
        <translation>选择表格显示的列</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="97"/>
        <source>Reset &amp;layout</source>
        <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="98"/>
        <source>Window size, panes and columns back to the defaults; the saved layout is forgotten</source>
        <translation>窗口大小、窗格和列恢复为默认值；已保存的布局将被清除</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="100"/>
        <source>&amp;Cancel subscription…</source>
        <translation>终止订阅(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="101"/>
        <source>Cancel the selected subscription after a chosen month</source>
        <translation>在所选月份之后终止所选订阅</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="103"/>
        <source>&amp;Void latest invoice…</source>
        <translation>作废最新发票(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="104"/>
        <source>Void the subscription&apos;s latest invoice: it was bought by mistake</source>
        <translation>作废该订阅的最新发票：该订阅系误购</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="106"/>
        <source>Record cancellation &amp;request…</source>
        <translation>登记终止申请(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="107"/>
        <source>Record a cancellation request received from the client</source>
        <translation>登记从客户处收到的终止申请</translation>
    </message>
    <message>
        <location filename="../../ui/background_jobs.py" line="62"/>
        <source>Emails could not be sent: {error}</source>
        <translation>无法发送电子邮件：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>The list could not be read: {error}</source>
        <translation>无法读取列表：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Requests ({count})</source>
        <translation>申请（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <location filename="../../ui/pages.py" line="36"/>
        <source>Requests</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Select a client to see its details.</source>
        <translation>选择一个客户以查看其详情。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="148"/>
        <source>The database is still opening; a moment please.</source>
        <translation>数据库仍在打开中，请稍候。</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="160"/>
        <source>The client&apos;s details are still loading; a moment please.</source>
        <translation>客户详情仍在加载，请稍候。</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="165"/>
        <source>Select a subscription in the client&apos;s Purchases tab first.</source>
        <translation>请先在客户的“购买”选项卡中选择一个订阅。</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="157"/>
        <source>Select a client first.</source>
        <translation>请先选择一个客户。</translation>
    </message>
    <message>
        <location filename="../../ui/background_jobs.py" line="74"/>
        <source>Bringing the database up to today…</source>
        <translation>正在将数据库更新到今天…</translation>
    </message>
    <message>
        <location filename="../../ui/background_jobs.py" line="89"/>
        <source>Bringing the database up to today failed: {error}</source>
        <translation>将数据库更新到今天失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/background_jobs.py" line="91"/>
        <source>Stopped before today ({count} changes); the next run goes on from there.</source>
        <translation>在今天之前已停止（{count} 项更改）；下次运行从此处继续。</translation>
    </message>
    <message>
        <location filename="../../ui/background_jobs.py" line="97"/>
        <source>The database is up to date ({count} changes).</source>
        <translation>数据库已是最新（{count} 项更改）。</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="68"/>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="37"/>
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="34"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="38"/>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="39"/>
        <source>Pending deletions</source>
        <translation>待删除账户</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="35"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="82"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="83"/>
        <source>Search name, account number, email or phone (Ctrl+F)</source>
        <translation>搜索名称、账号、电子邮件或电话 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="85"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="92"/>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="94"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="107"/>
        <source>Back to the list</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="123"/>
        <source>Number of records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="157"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="157"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="158"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="158"/>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="159"/>
        <source>&amp;Subscription</source>
        <translation>订阅(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="159"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="168"/>
        <source>Main tool bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="206"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="42"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="43"/>
        <source>Only the Clients and Subscriptions tables can be exported as a view; choose one of them first.</source>
        <translation>只有“客户”和“订阅”表可以按视图导出；请先选择其中之一。</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="75"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="150"/>
        <source>Convert {client} from a trial to a paying direct account? Its running subscriptions are billed from today, and the trial end date is dropped.</source>
        <translation>将{client}从试用转为付费直销账户？其进行中的订阅从今天起计费，试用结束日期将被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="152"/>
        <source>Convert trial</source>
        <translation>转换试用</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="155"/>
        <source>{client} is now a paying direct account, billed from today.</source>
        <translation>{client}现在是付费直销账户，从今天起计费。</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="216"/>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="217"/>
        <source>The log folder could not be opened.</source>
        <translation>无法打开日志文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="264"/>
        <source>&amp;Export this view…</source>
        <translation>导出此视图(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="265"/>
        <source>Export the rows of this table as shown: its filter, sort and visible columns</source>
        <translation>按当前显示导出此表的行：包括其筛选、排序和可见列</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="267"/>
        <source>Export &amp;everything…</source>
        <translation>全部导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="268"/>
        <source>Every kind of record of every client, one sheet each</source>
        <translation>所有客户的各类记录，每类一个工作表</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="270"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="271"/>
        <source>Clients, contacts, subscriptions, cards and requests from a workbook or CSV</source>
        <translation>从工作簿或 CSV 导入客户、联系人、订阅、银行卡和申请</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="273"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="274"/>
        <source>Copy the whole database into a backup file</source>
        <translation>将整个数据库复制到备份文件</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="276"/>
        <source>Res&amp;tore…</source>
        <translation>恢复(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="277"/>
        <source>Replace the database with a backup; the current one is kept aside</source>
        <translation>用备份替换数据库；当前数据库另行保留</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="279"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="280"/>
        <source>The log holds ids, never names or emails</source>
        <translation>日志只记录编号，绝不记录姓名或电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="281"/>
        <source>E&amp;xport this client…</source>
        <translation>导出此客户(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="282"/>
        <source>Every record of the selected client, one sheet each</source>
        <translation>所选客户的全部记录，每类一个工作表</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="284"/>
        <source>Edit de&amp;tails…</source>
        <translation>编辑资料(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="285"/>
        <source>Change the client&apos;s email, phone, language or account manager</source>
        <translation>更改客户的电子邮件、电话、语言或客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="287"/>
        <source>Con&amp;vert trial…</source>
        <translation>转换试用(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="288"/>
        <source>Make the trial a paying direct account, billed from today</source>
        <translation>将试用转为付费直销账户，从今天起计费</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="290"/>
        <source>Cancel all at &amp;renewal…</source>
        <translation>全部在续订时终止(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="291"/>
        <source>Cancel every subscription of the client at its own next renewal</source>
        <translation>在每个订阅各自的下次续订时终止该客户的所有订阅</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="294"/>
        <source>&amp;Pause account…</source>
        <translation>暂停账户(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="295"/>
        <source>Stop billing, keep the data, and lock the account after 5 days</source>
        <translation>停止计费，保留数据，并在 5 天后锁定账户</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="297"/>
        <source>Res&amp;ume account…</source>
        <translation>恢复账户(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="298"/>
        <source>Restart a paused account with new card details</source>
        <translation>使用新的银行卡信息重新启动已暂停的账户</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="300"/>
        <source>C&amp;lose account…</source>
        <translation>关闭账户(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="301"/>
        <source>Close the account at the request of its owner: every subscription ends with its term</source>
        <translation>应账户所有者的要求关闭账户：每个订阅在其期限结束时终止</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="305"/>
        <source>&amp;Deactivate account…</source>
        <translation>停用账户(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/account_actions.py" line="306"/>
        <source>Delete the account&apos;s data for good after 14 days (a manager)</source>
        <translation>14 天后永久删除该账户的数据（需经理权限）</translation>
    </message>
</context>
<context>
    <name>NotHerePage</name>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="116"/>
        <source>This account is not closed here</source>
        <translation>此账户不在此处关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="117"/>
        <source>Trial and resold accounts have their own way out.</source>
        <translation>试用账户和经销账户有各自的退出方式。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="123"/>
        <source>&amp;Convert to a paying account</source>
        <translation>转换为付费账户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="139"/>
        <source>{name} is now a paying account. Open Close account again if the client still wants to close it.</source>
        <translation>{name} 现在是付费账户。如果客户仍要关闭，请再次打开“关闭账户”。</translation>
    </message>
</context>
<context>
    <name>NotifiedGroup</name>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="22"/>
        <source>Who will be notified</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="28"/>
        <source>Nobody: the client has no primary admin with an address and no email</source>
        <translation>无人：客户既没有带地址的主管理员，也没有电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="30"/>
        <location filename="../../ui/dialogs/notified.py" line="38"/>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="32"/>
        <source>{name} &lt;{email}&gt; (the client&apos;s email: no primary admin with an address)</source>
        <translation>{name} &lt;{email}&gt;（客户的电子邮件：没有带地址的主管理员）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="36"/>
        <source>Nobody: the client has no active account manager</source>
        <translation>无人：客户没有在职的客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="42"/>
        <source>Account owner:</source>
        <translation>账户所有者：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="43"/>
        <source>Account manager (copy):</source>
        <translation>客户经理（抄送）：</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../ui/outbox_page.py" line="44"/>
        <source>Client cancelled</source>
        <translation>客户已终止</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="45"/>
        <source>Client asks to cancel</source>
        <translation>客户申请终止</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="46"/>
        <source>Subscription cancelled by staff</source>
        <translation>员工已终止订阅</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="47"/>
        <source>Request approved</source>
        <translation>申请已批准</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="48"/>
        <source>Request rejected</source>
        <translation>申请已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="49"/>
        <source>Invoice voided</source>
        <translation>发票已作废</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="50"/>
        <source>Card expiring</source>
        <translation>银行卡即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="51"/>
        <source>Autopay failed</source>
        <translation>自动扣款失败</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="52"/>
        <source>Pause scheduled</source>
        <translation>已安排暂停</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="53"/>
        <source>Pause revoked</source>
        <translation>已撤销暂停</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="54"/>
        <source>Account resumed</source>
        <translation>账户已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="55"/>
        <source>Closure scheduled</source>
        <translation>已安排关闭</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="56"/>
        <source>Closure revoked</source>
        <translation>已撤销关闭</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="57"/>
        <source>Deactivation scheduled</source>
        <translation>已安排停用</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="58"/>
        <source>Deactivation revoked</source>
        <translation>已撤销停用</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="59"/>
        <source>Account deleted</source>
        <translation>账户已删除</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="87"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="87"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="87"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="87"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="87"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="87"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="87"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="88"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="107"/>
        <source>Sent {when}</source>
        <translation>发送于 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="143"/>
        <location filename="../../ui/outbox_page.py" line="262"/>
        <source>SMTP is not configured: emails stay queued; save them as .eml to send by hand.</source>
        <translation>未配置 SMTP：邮件将留在队列中；可将其另存为 .eml 后手动发送。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="150"/>
        <source>Show emails</source>
        <translation>显示的邮件</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="149"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="152"/>
        <source>Re&amp;try now</source>
        <translation>立即重试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="153"/>
        <source>Send &amp;now</source>
        <translation>立即发送(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="154"/>
        <source>Save as .&amp;eml…</source>
        <translation>另存为 .eml(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="155"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="163"/>
        <source>Outbox emails</source>
        <translation>发件箱邮件</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="190"/>
        <location filename="../../ui/outbox_page.py" line="260"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="205"/>
        <source>The outbox could not be read: {reason}</source>
        <translation>无法读取发件箱：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="254"/>
        <source>Wait for the current action to finish.</source>
        <translation>请等待当前操作完成。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="257"/>
        <source>Select failed or queued emails to retry them.</source>
        <translation>请选择发送失败或排队中的邮件进行重试。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="258"/>
        <source>Queue the selected failed emails again for the next delivery.</source>
        <translation>将所选发送失败的邮件重新排队，等待下次投递。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="266"/>
        <source>Send the queued emails now instead of waiting for the next run.</source>
        <translation>立即发送排队中的邮件，无需等待下次运行。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="267"/>
        <source>Select one email to save it as a file.</source>
        <translation>请选择一封邮件以将其保存为文件。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="269"/>
        <source>Save the selected email as an .eml file to send it by hand.</source>
        <translation>将所选邮件保存为 .eml 文件，以便手动发送。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="306"/>
        <source>1 email is queued for the next delivery.</source>
        <translation>1 封邮件已排队，等待下次投递。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="307"/>
        <source>{count} emails are queued for the next delivery.</source>
        <translation>{count} 封邮件已排队，等待下次投递。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="314"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="321"/>
        <source>Nothing was sent: SMTP is not configured; save the emails as .eml to send by hand.</source>
        <translation>未发送任何邮件：未配置 SMTP；请将邮件另存为 .eml 后手动发送。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="323"/>
        <source>Delivery finished: {sent} sent, {retrying} to retry later, {failed} failed.</source>
        <translation>投递完成：已发送 {sent} 封，稍后重试 {retrying} 封，失败 {failed} 封。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="328"/>
        <source>First error: {error}</source>
        <translation>第一个错误：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="337"/>
        <source>Save email as .eml</source>
        <translation>将邮件另存为 .eml</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="338"/>
        <source>Email files (*.eml)</source>
        <translation>邮件文件 (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="342"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../ui/table_models.py" line="276"/>
        <source>Sorted by {keys}. Shift+click a header to add it to the sort.</source>
        <translation>按 {keys} 排序。按住 Shift 单击列标题可将其加入排序。</translation>
    </message>
</context>
<context>
    <name>PauseAccountDialog</name>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="74"/>
        <source>Pause account: {name}</source>
        <translation>暂停账户：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="87"/>
        <location filename="../../ui/dialogs/pause_account.py" line="215"/>
        <location filename="../../ui/dialogs/pause_account.py" line="232"/>
        <source>Pause account</source>
        <translation>暂停账户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="94"/>
        <source>The client&apos;s request</source>
        <translation>客户的申请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="99"/>
        <source>Requesting contact</source>
        <translation>申请联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="100"/>
        <source>Requested by:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="103"/>
        <source>Why the client pauses the account (required)</source>
        <translation>客户暂停账户的原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="104"/>
        <source>Why does the client want to pause the account? (required)</source>
        <translation>客户为什么要暂停账户？（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="107"/>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="110"/>
        <source>Expected resume</source>
        <translation>预计恢复时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="111"/>
        <source>In 1 month</source>
        <translation>1 个月后</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="111"/>
        <source>In 2 months</source>
        <translation>2 个月后</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="111"/>
        <source>In 3 months</source>
        <translation>3 个月后</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="112"/>
        <source>In 6 months</source>
        <translation>6 个月后</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="112"/>
        <source>In 12 months</source>
        <translation>12 个月后</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="117"/>
        <location filename="../../ui/dialogs/pause_account.py" line="178"/>
        <source>Expected resume:</source>
        <translation>预计恢复时间：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="118"/>
        <source>Seasonal</source>
        <translation>季节性</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="118"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="119"/>
        <source>Not using it enough</source>
        <translation>使用不足</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="119"/>
        <source>Switching product</source>
        <translation>更换产品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="120"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="131"/>
        <source>Reason category:</source>
        <translation>原因类别：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="138"/>
        <source>&amp;Keep the account&apos;s data for up to one year</source>
        <translation>保留账户数据最长一年(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="145"/>
        <source>Warning: without kept data, ALL of the account&apos;s data will be deleted when the grace period ends. It cannot be restored. This is a deletion: it needs a manager and the client&apos;s name typed exactly.</source>
        <translation>警告：如不保留数据，宽限期结束时账户的全部数据将被删除，且无法恢复。这是一次删除：需要经理权限，并准确输入客户名称。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="153"/>
        <source>Deleting the data of {name} is irreversible once the purge date has passed.</source>
        <translation>清除日期过后，删除 {name} 的数据将不可逆。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="158"/>
        <source>Only a manager can confirm a deletion; ask a manager to pause this account without keeping its data.</source>
        <translation>只有经理可以确认删除；请让经理在不保留数据的情况下暂停此账户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="164"/>
        <source>Dates that will apply</source>
        <translation>将适用的日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="172"/>
        <source>Billing stops, card removed:</source>
        <translation>停止计费并删除银行卡：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="174"/>
        <source>Export possible until:</source>
        <translation>可导出截止至：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="175"/>
        <source>Account locked from:</source>
        <translation>账户锁定起始日：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="176"/>
        <source>Data deleted on:</source>
        <translation>数据删除日期：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="177"/>
        <source>Reminder email:</source>
        <translation>提醒邮件：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="196"/>
        <source>{date}, unless the account resumes before</source>
        <translation>{date}，除非账户在此之前恢复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="198"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="208"/>
        <source>Give the reason for the pause first.</source>
        <translation>请先填写暂停原因。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="210"/>
        <source>Only a manager can confirm a deletion.</source>
        <translation>只有经理可以确认删除。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="212"/>
        <source>Type the client&apos;s name exactly to confirm the deletion.</source>
        <translation>请准确输入客户名称以确认删除。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="215"/>
        <source>Pause and delete data</source>
        <translation>暂停并删除数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="223"/>
        <source>Pause {name} today? Billing stops and the saved card is removed. The account is locked on {lock} and ALL its data is deleted that day; it cannot be restored.</source>
        <translation>今天暂停 {name} 吗？计费将停止，已保存的银行卡将被删除。账户将于 {lock} 锁定，其全部数据将在当天删除，且无法恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pause_account.py" line="226"/>
        <source>Pause {name} today? Billing stops and the saved card is removed. The account is locked on {lock}; its data is kept until {purge} unless it resumes before.</source>
        <translation>今天暂停 {name} 吗？计费将停止，已保存的银行卡将被删除。账户将于 {lock} 锁定；其数据将保留至 {purge}，除非账户在此之前恢复。</translation>
    </message>
</context>
<context>
    <name>PendingDeactivationsPage</name>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="98"/>
        <source>Accounts waiting for their data to be deleted. They are hidden from the other lists; a manager can revoke a deactivation until the day before its purge date.</source>
        <translation>等待删除数据的账户。这些账户不会显示在其他列表中；经理可以在清除日期的前一天之前撤销停用。</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="107"/>
        <source>&amp;Revoke deactivation…</source>
        <translation>撤销停用(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="108"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="114"/>
        <source>Pending deactivations</source>
        <translation>待停用账户</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="138"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="152"/>
        <source>1 account waiting for its purge</source>
        <translation>1 个账户等待清除</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="153"/>
        <source>{n} accounts waiting for their purge</source>
        <translation>{n} 个账户等待清除</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="160"/>
        <source>The list could not be read: {reason}</source>
        <translation>无法读取列表：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="173"/>
        <source>Wait for the current action to finish.</source>
        <translation>请等待当前操作完成。</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="177"/>
        <source>Select an account to revoke its deactivation.</source>
        <translation>请选择一个账户以撤销其停用。</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="179"/>
        <source>The purge date of {client} has come; it can no longer be revoked.</source>
        <translation>{client} 的清除日期已到；已无法撤销停用。</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="187"/>
        <source>Keep the account: it returns to its expired state and can buy again.</source>
        <translation>保留该账户：它将恢复为已到期状态，并可重新购买。</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="193"/>
        <source>Revoke the deactivation of {client}? Its data is kept, it shows in the lists again as expired, and the account owner is told by email.</source>
        <translation>要撤销 {client} 的停用吗？其数据将被保留，它会以已到期状态重新显示在列表中，并通过邮件通知账户所有者。</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="195"/>
        <source>Revoke deactivation</source>
        <translation>撤销停用</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="200"/>
        <source>The deactivation of {client} is revoked.</source>
        <translation>已撤销 {client} 的停用。</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="42"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="42"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="42"/>
        <source>Deactivated on</source>
        <translation>停用日期</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="42"/>
        <source>Purge date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="43"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="43"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../ui/pending_deactivations_page.py" line="67"/>
        <source>The purge date has come: the data is deleted by the next lifecycle run.</source>
        <translation>清除日期已到：数据将在下一次生命周期运行时删除。</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Annual</source>
        <translation>按年</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="193"/>
        <source>Why is the client closing the account?</source>
        <translation>客户为什么要关闭账户？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="194"/>
        <source>Choose the closest reason and add the client&apos;s own words.</source>
        <translation>请选择最接近的原因，并补充客户的原话。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="195"/>
        <source>Too expensive</source>
        <translation>价格过高</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="195"/>
        <source>Missing features</source>
        <translation>缺少功能</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="196"/>
        <source>Switching to another product</source>
        <translation>改用其他产品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="196"/>
        <source>Not using it enough</source>
        <translation>使用不足</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="197"/>
        <source>Business closed or changed</source>
        <translation>业务关闭或变更</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="197"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="201"/>
        <source>Closure reason</source>
        <translation>关闭原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="204"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="207"/>
        <source>Closure reason, in the client&apos;s words</source>
        <translation>关闭原因（客户原话）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="208"/>
        <source>In the client&apos;s words (required for Other)</source>
        <translation>客户原话（选择“其他”时必填）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="210"/>
        <source>Details:</source>
        <translation>详情：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="220"/>
        <source>Say in a few words why the client is closing the account.</source>
        <translation>请简要说明客户关闭账户的原因。</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../ui/record_actions.py" line="41"/>
        <location filename="../../ui/record_actions.py" line="106"/>
        <source>Free paid &amp;seat</source>
        <translation>释放付费席位(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="42"/>
        <source>Make account &amp;owner</source>
        <translation>设为账户所有者(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="43"/>
        <source>Record &amp;payment</source>
        <translation>登记付款(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="44"/>
        <source>&amp;Credit invoice…</source>
        <translation>贷记发票(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/changes.py" line="47"/>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/changes.py" line="58"/>
        <source>Take back the change the status bar names</source>
        <translation>撤消状态栏所述的更改</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="107"/>
        <source>Give paid &amp;seat</source>
        <translation>分配付费席位(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="105"/>
        <location filename="../../ui/record_actions.py" line="108"/>
        <source>Select a contact first.</source>
        <translation>请先选择一个联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="39"/>
        <source>&amp;Add contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="40"/>
        <source>&amp;Edit contact…</source>
        <translation>编辑联系人(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="104"/>
        <source>Select a client first.</source>
        <translation>请先选择一个客户。</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="110"/>
        <source>Select a contact who is not the account owner.</source>
        <translation>请选择一个不是账户所有者的联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="112"/>
        <location filename="../../ui/record_actions.py" line="117"/>
        <source>Select an unpaid invoice first.</source>
        <translation>请先选择一张未付发票。</translation>
    </message>
    <message>
        <location filename="../../ui/changes.py" line="104"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="163"/>
        <source>{name} now holds a paid seat.</source>
        <translation>{name} 现在拥有一个付费席位。</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="164"/>
        <source>{name}&apos;s paid seat is freed.</source>
        <translation>{name} 的付费席位已释放。</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="166"/>
        <source>Seat change undone.</source>
        <translation>席位变更已撤消。</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="173"/>
        <source>{name} is now the account owner.</source>
        <translation>{name} 现在是账户所有者。</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="180"/>
        <source>Payment recorded.</source>
        <translation>付款已登记。</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="186"/>
        <source>Credit the whole open amount of this invoice? A credit note is issued.</source>
        <translation>贷记此发票的全部未付金额？将开具一张贷记单。</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="187"/>
        <source>Credit invoice</source>
        <translation>贷记发票</translation>
    </message>
    <message>
        <location filename="../../ui/record_actions.py" line="189"/>
        <source>Invoice credited.</source>
        <translation>发票已贷记。</translation>
    </message>
</context>
<context>
    <name>RecordRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="69"/>
        <source>Record cancellation request — {client}</source>
        <translation>登记终止申请 — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="73"/>
        <source>What {client} ({account}) asked, as they sent it.</source>
        <translation>{client}（{account}）提出的申请，按原样记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="77"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="80"/>
        <source>&amp;From:</source>
        <translation>申请人(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="82"/>
        <source>What to cancel</source>
        <translation>终止对象</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="85"/>
        <source>The whole account (close it)</source>
        <translation>整个账户（关闭账户）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="86"/>
        <source>&amp;Asks to cancel:</source>
        <translation>申请终止(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="91"/>
        <source>How the request arrived</source>
        <translation>申请的收到方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="94"/>
        <source>Received &amp;by:</source>
        <translation>收到方式(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="98"/>
        <source>Day the request was received</source>
        <translation>收到申请的日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="102"/>
        <source>The day the client sent the request; never later than today.</source>
        <translation>客户发送申请的日期；不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="103"/>
        <source>Received &amp;on:</source>
        <translation>收到日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="107"/>
        <source>The client&apos;s message</source>
        <translation>客户留言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="108"/>
        <source>What the client wrote or said (optional)</source>
        <translation>客户所写或所说的内容（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="112"/>
        <source>&amp;Message:</source>
        <translation>留言(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="119"/>
        <source>Record request</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="145"/>
        <source>{name} (account owner)</source>
        <translation>{name}（账户所有者）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="146"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="150"/>
        <source>{plan} for {participant} ({status})</source>
        <translation>{participant} 的 {plan}（{status}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="153"/>
        <source>{plan} for {participant}</source>
        <translation>{participant} 的 {plan}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="154"/>
        <source>{plan} for {participant}, next billing {date}</source>
        <translation>{participant} 的 {plan}，下次计费 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="188"/>
        <source>{client} has no contact: add the person who asked as a contact first.</source>
        <translation>{client} 没有联系人：请先将提出申请的人添加为联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="202"/>
        <source>The request waits in the Requests queue until a manager decides it; the organisation and the client&apos;s account owner are emailed an acknowledgement.</source>
        <translation>该申请将在“申请”队列中等待经理处理；组织和客户的账户所有者会收到确认邮件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="205"/>
        <source>The cancellation policy is immediate: recording this request closes the account now, each subscription ending with the period its latest invoice paid for.</source>
        <translation>终止策略为立即生效：登记此申请将立即关闭账户，每个订阅在其最新发票已付费期间结束时终止。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="207"/>
        <source>The cancellation policy is immediate: recording this request cancels the subscription now, at the end of the period its latest invoice paid for.</source>
        <translation>终止策略为立即生效：登记此申请将立即终止订阅，订阅在其最新发票已付费期间结束时终止。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="228"/>
        <source>Cancellation request of {client} recorded.</source>
        <translation>已登记 {client} 的终止申请。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="232"/>
        <source>Cancellation request of {client} withdrawn.</source>
        <translation>{client}的终止申请已撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="239"/>
        <source>&amp;Open the existing request</source>
        <translation>打开已有的申请(&amp;O)</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <location filename="../../ui/table_page.py" line="46"/>
        <source>Column headers: click to sort, Shift+click to add a sort column</source>
        <translation>列标题：单击排序，按住 Shift 单击可添加排序列</translation>
    </message>
    <message>
        <location filename="../../ui/table_page.py" line="64"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../ui/refusals.py" line="107"/>
        <source>{action:label} needs {needed:label}; you are signed in as {held:label}. Ask {needed:label} to do it.</source>
        <translation>{action:label}需要{needed:label}权限；您当前的身份是{held:label}。请让{needed:label}来操作。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="108"/>
        <source>The database could not be written (the disk may be full), so this change was not saved; what was saved before is intact. Free some disk space and try again.</source>
        <translation>无法写入数据库（磁盘可能已满），因此此更改未保存；之前保存的内容完好无损。请释放一些磁盘空间后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="109"/>
        <source>There is no {what:label} with id {ident}; it may have been removed. Refresh and try again.</source>
        <translation>没有 ID 为 {ident} 的{what:label}；它可能已被删除。请刷新后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="110"/>
        <source>{user} is not a staff user of this database; ask an administrator to add you.</source>
        <translation>{user} 不是此数据库的员工用户；请让管理员添加您。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="111"/>
        <source>This database login is not a staff user of this database; ask an administrator to add you.</source>
        <translation>此数据库登录名不对应任何员工用户；请让管理员添加您。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="112"/>
        <source>The {what:label} cannot be empty; type one.</source>
        <translation>{what:label}不能为空；请填写。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="113"/>
        <source>The {what:label} is longer than {limit} characters; shorten it.</source>
        <translation>{what:label}超过 {limit} 个字符；请缩短。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="114"/>
        <source>The {what:label} “{value}” is not an email address; check it and try again.</source>
        <translation>{what:label}“{value}”不是有效的电子邮件地址；请检查后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="115"/>
        <source>The {what:label} must be one of {allowed:list}; “{value}” is not.</source>
        <translation>{what:label}必须是以下之一：{allowed:list}；“{value}”不在其中。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="116"/>
        <source>The {what:label} “{value}” is not an amount of money.</source>
        <translation>{what:label}“{value}”不是有效的金额。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="117"/>
        <source>The {what:label} must be zero or more; {value} is not.</source>
        <translation>{what:label}必须大于或等于零；{value} 不符合。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="118"/>
        <source>The {what:label} {value} has more than two decimals.</source>
        <translation>{what:label} {value} 的小数超过两位。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="119"/>
        <source>A staff user with the email {email} already exists.</source>
        <translation>已有员工用户使用电子邮件 {email}。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="120"/>
        <source>There is no staff user with the email {email}; add them first.</source>
        <translation>没有电子邮件为 {email} 的员工用户；请先添加。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="121"/>
        <source>A trial client needs a trial end date; give the date the trial ends.</source>
        <translation>试用客户需要试用结束日期；请填写试用结束的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="122"/>
        <source>Only a trial client has a trial end date; leave it empty or make the client a trial.</source>
        <translation>只有试用客户才有试用结束日期；请留空，或将该客户设为试用。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="123"/>
        <source>A resold client needs the reseller&apos;s name; give the reseller who manages it.</source>
        <translation>经销客户需要经销商名称；请填写管理该客户的经销商。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="124"/>
        <source>The account number {number} is already used by another client.</source>
        <translation>账号 {number} 已被其他客户使用。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="125"/>
        <source>{client} already has a primary admin (the account owner); transfer the role instead of adding a second one.</source>
        <translation>{client} 已有主管理员（账户所有者）；请转移该角色，而不是再添加一个。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="126"/>
        <source>Give only the last four digits of the card, never the full card number.</source>
        <translation>只填写卡号的最后四位，切勿填写完整卡号。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="127"/>
        <source>The card&apos;s expiry must be a month from 1 to 12 and a four-digit year.</source>
        <translation>卡的有效期必须是 1 到 12 的月份和四位数的年份。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="128"/>
        <source>This card has already expired; ask the client for a valid card.</source>
        <translation>此卡已过期；请向客户索取有效的卡。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="129"/>
        <source>The file {path} cannot be attached: it does not exist or is not a file.</source>
        <translation>无法附加文件 {path}：文件不存在或不是文件。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="130"/>
        <source>The file {file} is larger than {limit_mb} MB; attach a smaller file.</source>
        <translation>文件 {file} 超过 {limit_mb} MB；请附加较小的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="131"/>
        <source>{client} is being deleted; a new subscription can only be bought for an account that is not being deleted: revoke the deactivation first.</source>
        <translation>{client} 正在删除中；只能为未在删除中的账户购买新订阅：请先撤销停用。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="132"/>
        <source>{client} is {status:label}; a new subscription can only be bought for an account that is running: resume the account first.</source>
        <translation>{client} 的状态为“{status:label}”；只能为正常运行的账户购买新订阅：请先恢复该账户。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="133"/>
        <source>A billing day applies to monthly plans only; leave it empty for an annual plan.</source>
        <translation>计费日仅适用于按月计划；年度计划请留空。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="134"/>
        <source>The billing day must be between 1 and 28, so that every month has it; {day} is not.</source>
        <translation>计费日必须在 1 到 28 之间，以保证每个月都有这一天；{day} 不符合。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="135"/>
        <source>The end date, {end:date}, is before the start date, {start:date}; choose an end date on or after the start.</source>
        <translation>结束日期 {end:date} 早于开始日期 {start:date}；请选择不早于开始日期的结束日期。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="136"/>
        <source>A subscription has at least one seat.</source>
        <translation>订阅至少要有一个席位。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="137"/>
        <source>The invoice of {issued:date} is {status:label}; no payment can be recorded against it.</source>
        <translation>{issued:date} 的发票状态为“{status:label}”；无法对其登记付款。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="138"/>
        <source>The invoice of {issued:date} is already paid; nothing is due.</source>
        <translation>{issued:date} 的发票已付清；没有应付金额。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="139"/>
        <source>The invoice of {issued:date} is already {status:label}.</source>
        <translation>{issued:date} 的发票状态已是“{status:label}”。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="140"/>
        <source>Nothing is left to credit on the invoice of {issued:date}; it is fully paid or credited.</source>
        <translation>{issued:date} 的发票已无可冲销金额；它已全部付清或冲销。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="141"/>
        <source>A credit note can be at most the open amount of the invoice, {due:money}; {amount:money} is more. Record a refund for money already paid.</source>
        <translation>贷项通知单最多为发票的未付金额 {due:money}；{amount:money} 超出了该金额。已付款项请登记退款。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="142"/>
        <source>{client} is not a trial account; only a trial can be converted.</source>
        <translation>{client} 不是试用账户；只有试用账户可以转换。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="143"/>
        <source>{client} is {status:label}; only a trial or an expired trial can be converted.</source>
        <translation>{client} 的状态为“{status:label}”；只有试用中或试用已过期的账户可以转换。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="144"/>
        <source>{client} has {count} unpaid {count:plural:invoice|invoices} (the oldest issued {oldest:date}); record the payment or credit {count:plural:it|them} first, then cancel.</source>
        <translation>{client} 有 {count} 张未付发票（最早的开具于 {oldest:date}）；请先登记付款或冲销，然后再终止。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="145"/>
        <source>{client} has {seats} active paid seats and at most {limit} are allowed when cancelling; deactivate users and reduce licences in the Contacts and seats tab first.</source>
        <translation>{client} 有 {seats} 个有效付费席位，而终止时最多允许 {limit} 个；请先在“联系人和席位”标签页中停用用户并减少许可证。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="146"/>
        <source>This subscription was voided as bought by mistake; there is nothing left to cancel.</source>
        <translation>此订阅已因误购而作废；没有可终止的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="147"/>
        <source>This subscription already ended on {end:date}; buy it again for the client if they want it back.</source>
        <translation>此订阅已于 {end:date} 结束；如客户需要，请为其重新购买。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="148"/>
        <source>This subscription has already ended; buy it again for the client if they want it back.</source>
        <translation>此订阅已结束；如客户需要，请为其重新购买。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="149"/>
        <source>This subscription is paused with its account; resume the account before cancelling it.</source>
        <translation>此订阅随其账户一起暂停；请先恢复账户再终止。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="150"/>
        <source>This is a trial account: it is never billed and simply expires at the trial end, so there is nothing to cancel.</source>
        <translation>这是试用账户：它从不计费，只会在试用结束时到期，因此没有可终止的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="151"/>
        <source>This subscription is already cancelled after {month:month}, the earliest month possible; it cannot be moved earlier. To undo a mistaken cancellation, let the subscription expire and buy it again for the client.</source>
        <translation>此订阅已设为在 {month:month} 之后终止，这是最早可选的月份；无法再提前。要撤回误操作的终止，请让订阅到期，然后为客户重新购买。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="152"/>
        <source>No termination month can be offered: the configured end date comes before any further invoice. The subscription ends by itself on its end date.</source>
        <translation>无法提供终止月份：配置的结束日期早于下一张发票。订阅将在其结束日期自行结束。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="153"/>
        <source>This subscription is already cancelled after {month:month}; a cancellation can only be moved earlier, not later or removed. To undo a mistaken cancellation, let the subscription expire and buy it again for the client.</source>
        <translation>此订阅已设为在 {month:month} 之后终止；终止只能提前，不能推迟或移除。要撤回误操作的终止，请让订阅到期，然后为客户重新购买。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="154"/>
        <source>{month:month} is not a month this subscription can be cancelled after; choose one from {first:month} to {last:month}.</source>
        <translation>此订阅不能在 {month:month} 之后终止；请在 {first:month} 至 {last:month} 之间选择。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="155"/>
        <source>Revoking a cancellation is turned off by the policy allow_revoke_cancellation. To undo a mistaken cancellation, let the subscription expire and buy it again for the client. An administrator can turn the policy on in the settings.</source>
        <translation>撤销终止已被策略 allow_revoke_cancellation 关闭。要撤回误操作的终止，请让订阅到期，然后为客户重新购买。管理员可以在设置中开启该策略。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="156"/>
        <source>This subscription&apos;s access has already ended; buy it again for the client.</source>
        <translation>此订阅的访问权限已结束；请为客户重新购买。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="157"/>
        <source>This subscription is {status:label}, not cancelled; there is no cancellation to revoke.</source>
        <translation>此订阅的状态为“{status:label}”，并未终止；没有可撤销的终止。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="158"/>
        <source>This subscription is already voided; its invoices are under the client&apos;s billing.</source>
        <translation>此订阅已作废；其发票仍保留在客户的账单中。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="159"/>
        <source>This subscription has already ended; voiding is for a purchase made by mistake that is still running. Credit or refund its invoices instead.</source>
        <translation>此订阅已结束；作废仅适用于误购且仍在进行中的购买。请改为冲销或退还其发票。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="160"/>
        <source>This subscription has no invoice to void.</source>
        <translation>此订阅没有可作废的发票。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="161"/>
        <source>The refund {refund:money} is more than what was paid on this invoice ({paid:money}); refund at most {paid:money}.</source>
        <translation>退款 {refund:money} 超过此发票的已付金额（{paid:money}）；最多退款 {paid:money}。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="162"/>
        <source>This subscription has no invoice yet, so there is no paid period to end it with.</source>
        <translation>此订阅尚无发票，因此没有可据以结束的已付期间。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="163"/>
        <source>This subscription is already cancelled with access until {end:date}, which is not later than what this request asks; there is nothing more to do.</source>
        <translation>此订阅已终止，访问权限至 {end:date} 结束，不晚于此申请的要求；无需再做任何操作。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="164"/>
        <source>{client} is a trial account: it is not closed, it simply expires on {end:date} and is never billed unless converted.</source>
        <translation>{client} 是试用账户：它不会被关闭，只会在 {end:date} 到期，除非转换，否则从不计费。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="165"/>
        <source>{client} is a trial account: it is not closed, it simply expires at its trial end and is never billed unless converted.</source>
        <translation>{client} 是试用账户：它不会被关闭，只会在试用结束时到期，除非转换，否则从不计费。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="166"/>
        <source>{client} is managed by the reseller {reseller}; the account is closed through them. Ask the client to contact their reseller.</source>
        <translation>{client} 由经销商 {reseller} 管理；账户需通过经销商关闭。请让客户联系其经销商。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="167"/>
        <source>{client} is already {status:label}.</source>
        <translation>{client} 的状态已是“{status:label}”。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="168"/>
        <source>{contact} is not the primary admin of {client}; only the account owner can close the account. Ask the account owner to request it.</source>
        <translation>{contact} 不是 {client} 的主管理员；只有账户所有者才能关闭账户。请让账户所有者提出申请。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="169"/>
        <source>The requester is not the primary admin of {client}; only the account owner can close the account. Ask the account owner to request it.</source>
        <translation>申请人不是 {client} 的主管理员；只有账户所有者才能关闭账户。请让账户所有者提出申请。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="170"/>
        <source>The received date, {received:date}, is in the future; give the day the client sent the request.</source>
        <translation>收到日期 {received:date} 在未来；请填写客户发出申请的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="171"/>
        <source>{client} is being deleted; no request can be recorded for it.</source>
        <translation>{client} 正在删除中；无法为其登记申请。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="172"/>
        <source>Only the client&apos;s primary admin (the account owner) can ask to close the whole account; {contact} is {role:label}. Ask the account owner to send the request.</source>
        <translation>只有客户的主管理员（账户所有者）才能申请关闭整个账户；{contact} 是{role:label}。请让账户所有者发送申请。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="173"/>
        <source>That subscription does not belong to {client}; choose one of its own.</source>
        <translation>该订阅不属于 {client}；请选择其自己的订阅。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="174"/>
        <source>This subscription is already cancelled: access ends on {end:date}. No request is needed; tell the client the date.</source>
        <translation>此订阅已终止：访问权限于 {end:date} 结束。无需申请；请将日期告知客户。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="175"/>
        <source>This request is already {status:label}; only a pending or waiting request can be decided.</source>
        <translation>此申请的状态已是“{status:label}”；只有待处理或等待中的申请才能处理。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="176"/>
        <source>This request is {status:label}; only a pending request can be put on hold.</source>
        <translation>此申请的状态为“{status:label}”；只有待处理的申请才能搁置。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="177"/>
        <source>{chosen:date} is not a final billing date this subscription can take; the coming billing dates are {coming:dates}.</source>
        <translation>{chosen:date} 不是此订阅可用的最终计费日期；接下来的计费日期为：{coming:dates}。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="178"/>
        <source>Ending with the latest invoice is not a final billing date this subscription can take; the coming billing dates are {coming:dates}.</source>
        <translation>此订阅不能以最新一张发票结束；接下来的计费日期为：{coming:dates}。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="179"/>
        <source>There is no setting called {key}; the settings are {known:list}.</source>
        <translation>没有名为 {key} 的设置；可用的设置为：{known:list}。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="180"/>
        <source>The setting {key} must be a whole number of at least {least}; {value} is not.</source>
        <translation>设置 {key} 必须是不小于 {least} 的整数；{value} 不符合。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="181"/>
        <source>The setting {key} must be true or false; {value} is not.</source>
        <translation>设置 {key} 必须是 true 或 false；{value} 不符合。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="182"/>
        <source>The setting {key} must be one of {allowed:list}; {value} is not.</source>
        <translation>设置 {key} 必须是以下之一：{allowed:list}；{value} 不在其中。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="183"/>
        <source>The setting {key} cannot be empty.</source>
        <translation>设置 {key} 不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="184"/>
        <source>The setting {key} must be text.</source>
        <translation>设置 {key} 必须是文本。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="185"/>
        <source>The currency must be a three-letter ISO 4217 code, one of {known:list}; {value} is not.</source>
        <translation>货币必须是三个字母的 ISO 4217 代码，可选：{known:list}；{value} 不在其中。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="186"/>
        <source>The OS keyring is not available, so the SMTP password cannot be stored or read ({reason}). Install or unlock the system&apos;s password store (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation>操作系统密钥环不可用，因此无法存储或读取 SMTP 密码（{reason}）。请安装或解锁系统的密码存储（Windows 凭据管理器、macOS 钥匙串，或 GNOME Keyring、KWallet 等 Secret Service），然后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="187"/>
        <source>The OS keyring is not available, so the SMTP password cannot be stored or read: the only keyring found stores passwords in a file. Install or unlock the system&apos;s password store (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation>操作系统密钥环不可用，因此无法存储或读取 SMTP 密码：找到的唯一密钥环将密码保存在文件中。请安装或解锁系统的密码存储（Windows 凭据管理器、macOS 钥匙串，或 GNOME Keyring、KWallet 等 Secret Service），然后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="188"/>
        <source>The OS keyring could not be used for the SMTP password: {reason}</source>
        <translation>无法使用操作系统密钥环保存 SMTP 密码：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="189"/>
        <source>Set the SMTP user first; the password is stored under that user name.</source>
        <translation>请先设置 SMTP 用户；密码以该用户名存储。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="190"/>
        <source>The SMTP password is empty; type it, or remove the stored one instead.</source>
        <translation>SMTP 密码为空；请输入密码，或改为删除已存储的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="191"/>
        <source>Set the sender address (SMTP sender or organisation email) before sending emails.</source>
        <translation>发送电子邮件前，请设置发件人地址（SMTP 发件人或组织电子邮件）。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="192"/>
        <source>The sender address “{address}” is not an email address; check the SMTP sender in Settings.</source>
        <translation>发件人地址“{address}”不是有效的电子邮件地址；请在设置中检查 SMTP 发件人。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="193"/>
        <source>The account deletion email is never saved as a file; it is deleted with the account&apos;s data.</source>
        <translation>账户删除邮件从不保存为文件；它会随账户数据一起删除。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="194"/>
        <source>The database URL {url} is not valid; expected e.g. sqlite:///path/file.sqlite3 or postgresql+psycopg://user@host/db.</source>
        <translation>数据库 URL {url} 无效；应类似 sqlite:///path/file.sqlite3 或 postgresql+psycopg://user@host/db。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="195"/>
        <source>The database URL {url} names {driver}; Account Desk works with SQLite or PostgreSQL.</source>
        <translation>数据库 URL {url} 指定的是 {driver}；Account Desk 仅支持 SQLite 或 PostgreSQL。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="196"/>
        <source>The database URL {url} is not usable: {reason}.</source>
        <translation>数据库 URL {url} 无法使用：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="197"/>
        <source>The database {url} holds tables of another program; choose an empty database for Account Desk.</source>
        <translation>数据库 {url} 中有其他程序的表；请为 Account Desk 选择一个空数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="198"/>
        <source>The database {url} was written by a newer version of Account Desk; install the newer version to open it.</source>
        <translation>数据库 {url} 由更新版本的 Account Desk 写入；请安装新版本后打开。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="199"/>
        <source>The database {url} cannot be opened: {reason}.</source>
        <translation>无法打开数据库 {url}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="200"/>
        <source>The database {url} cannot be opened: its server cannot be reached ({reason}). Check that it is running and that the network is up, then retry.</source>
        <translation>无法打开数据库 {url}：无法连接其服务器（{reason}）。请检查服务器是否在运行、网络是否正常，然后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="201"/>
        <source>The database server cannot be reached; nothing was changed. Check that it is running and that the network is up, then retry.</source>
        <translation>无法连接数据库服务器；未做任何更改。请检查服务器是否在运行、网络是否正常，然后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="202"/>
        <source>The connection to the database server was lost during this operation; a change is saved whole or not at all. Refresh to see whether it was saved, then retry.</source>
        <translation>操作过程中与数据库服务器的连接已断开；更改要么完整保存，要么完全未保存。请刷新查看是否已保存，然后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="203"/>
        <source>The database server refused this to your login ({reason}); nothing was changed. Ask an administrator to grant your login the rights of its role.</source>
        <translation>数据库服务器拒绝了您的登录账号执行此操作（{reason}）；未做任何更改。请让管理员为您的登录账号授予其角色的权限。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="204"/>
        <source>The database {url} cannot be used: {reason}.</source>
        <translation>无法使用数据库 {url}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="205"/>
        <source>The team database is at version {current}; this app needs {needed}. Ask an administrator to open it once with this version.</source>
        <translation>团队数据库的版本为 {current}；本程序需要 {needed}。请让管理员用此版本打开一次。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="206"/>
        <source>The OS keyring is not available, so the database password cannot be stored or read ({reason}). Install or unlock the system&apos;s password store (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation>操作系统密钥环不可用，无法保存或读取数据库密码（{reason}）。请安装或解锁系统的密码库（Windows 凭据管理器、macOS 钥匙串，或 GNOME Keyring、KWallet 等 Secret Service）后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="207"/>
        <source>The OS keyring is not available, so the database password cannot be stored or read: the only keyring found stores passwords in a file. Install or unlock the system&apos;s password store (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation>操作系统密钥环不可用，无法保存或读取数据库密码：找到的唯一密钥环把密码存放在文件中。请安装或解锁系统的密码库（Windows 凭据管理器、macOS 钥匙串，或 GNOME Keyring、KWallet 等 Secret Service）后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="208"/>
        <source>The OS keyring could not be used for the database password: {reason}</source>
        <translation>无法使用操作系统密钥环保存数据库密码：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="209"/>
        <source>The folder of the database file {path} does not exist.</source>
        <translation>数据库文件 {path} 所在的文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="210"/>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation>无法读取数据库文件 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="211"/>
        <source>The file {path} is not an Account Desk database (it is not a SQLite file).</source>
        <translation>文件 {path} 不是 Account Desk 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="212"/>
        <source>The file {path} is not a readable Account Desk database ({reason}).</source>
        <translation>文件 {path} 不是可读的 Account Desk 数据库（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="213"/>
        <source>The file {path} is a SQLite database of another program, not an Account Desk database.</source>
        <translation>文件 {path} 是其他程序的 SQLite 数据库，不是 Account Desk 数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="291"/>
        <source>{client} has no active subscription to cancel; the ones already cancelled keep their dates.</source>
        <translation>{client} 没有可终止的有效订阅；已终止的订阅保留其日期。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="292"/>
        <source>{client} already has a request for this, received on {received:date} and {status:label}; decide that one instead of recording it twice (open it from the Requests page).</source>
        <translation>{client} 已有一项相同的申请，收到日期 {received:date}，状态：{status:label}；请处理该申请，而不要重复登记（可在“申请”页面打开）。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="293"/>
        <source>{client} has no contact: add the person who asked as a contact first, then record the request.</source>
        <translation>{client} 没有联系人：请先将提出请求的人添加为联系人，然后再登记该请求。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="308"/>
        <source>{client} is a trial account: it is not paused, it is never billed and simply expires on {end:date}. Convert it to a paying account first if the client wants to keep it.</source>
        <translation>{client} 是试用账户：它不能暂停，从不计费，只会在 {end:date} 到期。如果客户想保留它，请先将其转换为付费账户。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="309"/>
        <source>{client} is a trial account: it is not paused, it is never billed and simply expires at its trial end. Convert it to a paying account first if the client wants to keep it.</source>
        <translation>{client} 是试用账户：它不能暂停，从不计费，只会在试用结束时到期。如果客户想保留它，请先将其转换为付费账户。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="310"/>
        <source>{client} is managed by the reseller {reseller}; a resold account cannot be paused here. Ask the client to contact {reseller}.</source>
        <translation>{client} 由经销商 {reseller} 管理；经销账户无法在此暂停。请让客户联系 {reseller}。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="311"/>
        <source>The requester is not a contact of {client}; {action:label} is requested by the client&apos;s account owner. Choose the account owner as the requesting contact.</source>
        <translation>申请人不是 {client} 的联系人；{action:label}须由客户的账户所有者申请。请选择账户所有者作为申请联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="312"/>
        <source>{contact} is not the primary admin of {client}; only the account owner may request {action:label}. Ask the account owner to make the request.</source>
        <translation>{contact} 不是 {client} 的主管理员；只有账户所有者才能申请{action:label}。请让账户所有者提出申请。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="313"/>
        <source>{client} has no primary admin; {action:label} is requested by the account owner. Make one contact the primary admin first.</source>
        <translation>{client} 没有主管理员；{action:label}须由账户所有者申请。请先将一位联系人设为主管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="314"/>
        <source>{client} was last paused on {last:date}; an account can be paused once every 12 months, so the next pause is possible from {day:date}.</source>
        <translation>{client} 上次暂停于 {last:date}；账户每 12 个月只能暂停一次，因此下次暂停最早可于 {day:date} 进行。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="315"/>
        <source>{client} is {status:label}; only an active account can be paused.</source>
        <translation>{client} 的状态为“{status:label}”；只有有效账户可以暂停。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="316"/>
        <source>Give the reason the client gives for the pause; it is required.</source>
        <translation>请填写客户给出的暂停原因；此项为必填。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="317"/>
        <source>The expected resume must be in 1, 2, 3, 6 or 12 months; {months} is not one of them.</source>
        <translation>预计恢复时间必须为 1、2、3、6 或 12 个月后；{months} 不在其中。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="318"/>
        <source>The reason category must be seasonal, budget, low usage, switching product or other; {category} is not one of them.</source>
        <translation>原因类别必须为季节性、预算、使用不足、更换产品或其他；{category} 不在其中。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="319"/>
        <source>The name typed does not match the client&apos;s name exactly; type {client} (same letters, case and spaces) to confirm the deletion.</source>
        <translation>输入的名称与客户名称不完全一致；请输入 {client}（字母、大小写和空格均相同）以确认删除。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="320"/>
        <source>{client} is {status:label}; only a paused or locked account can be resumed.</source>
        <translation>{client} 的状态为“{status:label}”；只有已暂停或已锁定的账户可以恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="321"/>
        <source>Give the new card&apos;s brand, its last four digits and its expiry month (1 to 12) and year.</source>
        <translation>请填写新卡的品牌、卡号最后四位以及到期月份（1 到 12）和年份。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="322"/>
        <source>The card ending {last4} expired at the end of {month:month}; ask the client for a card that is still valid.</source>
        <translation>尾号为 {last4} 的卡已于 {month:month}底到期；请向客户索取仍然有效的卡。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="323"/>
        <source>{client} is {status:label}; there is no running account to close.</source>
        <translation>{client} 的状态为“{status:label}”；没有可关闭的运行中账户。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="324"/>
        <source>{client} is {status:label}; resume the account before closing it, or let the pause run its course.</source>
        <translation>{client} 的状态为“{status:label}”；请先恢复账户再关闭，或让暂停按期进行。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="325"/>
        <source>Give the reason for closing the account; it is required.</source>
        <translation>请填写关闭账户的原因；此项为必填。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="326"/>
        <source>The session offer must be a date (scheduled), declined or email; {value} is not one of them.</source>
        <translation>会谈安排必须为日期（已安排）、已拒绝或邮件；{value} 不在其中。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="327"/>
        <source>The session date {day:date} is in the past; schedule it today or later.</source>
        <translation>会谈日期 {day:date} 已过；请安排在今天或之后。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="328"/>
        <source>{client} is {status:label}; there is no closure in progress to revoke.</source>
        <translation>{client} 的状态为“{status:label}”；没有可撤销的进行中关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="329"/>
        <source>Revoking the closure of {client} would revoke its cancellations, which the policy allow_revoke_cancellation turns off. Let the subscriptions end and buy them again, or ask an administrator to turn the policy on.</source>
        <translation>撤销 {client} 的关闭将撤销其订阅终止，而策略 allow_revoke_cancellation 已禁止此操作。请让订阅结束后重新购买，或请管理员启用该策略。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="353"/>
        <source>{client} is already deactivated; its data is deleted on {day:date}. Revoke the deactivation from Pending deactivations to keep it.</source>
        <translation>{client} 已停用；其数据将于 {day:date} 删除。如需保留，请在“待停用账户”中撤销停用。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="354"/>
        <source>{client} still has {n} {n:plural:subscription|subscriptions} running with no end date; cancel {n:plural:it|them} first. Deactivation becomes possible the day after the last access ends.</source>
        <translation>{client} 仍有 {n} 个订阅在进行中且没有结束日期；请先终止这些订阅。最后一个访问权限结束的次日起即可停用。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="355"/>
        <source>{client} still has access until {access_end:date}; deactivation becomes possible on {day:date}. Wait until then.</source>
        <translation>{client} 的访问权限持续至 {access_end:date}；自 {day:date} 起才可停用。请等到那时。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="356"/>
        <source>{client} has no account owner (primary admin contact); only the account owner may ask for a deactivation. Name one among the contacts first.</source>
        <translation>{client} 没有账户所有者（主管理员联系人）；只有账户所有者才能申请停用。请先在联系人中指定一位。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="357"/>
        <source>{contact} is not the account owner of {client}; only {owner}, the account owner, may ask for a deactivation. Ask {owner} to request it.</source>
        <translation>{contact} 不是 {client} 的账户所有者；只有账户所有者 {owner} 才能申请停用。请让 {owner} 提出申请。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="358"/>
        <source>Give the reason for the deactivation.</source>
        <translation>请填写停用原因。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="359"/>
        <source>The export {path} cannot be found; export the client&apos;s data again, or choose to skip the export and acknowledge it.</source>
        <translation>找不到导出文件 {path}；请重新导出客户数据，或选择跳过导出并确认知悉。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="360"/>
        <source>The name typed is not exactly {client}; type the client&apos;s name with the same letters, case and spaces to confirm.</source>
        <translation>输入的名称与 {client} 不完全一致；请输入客户名称，字母、大小写和空格须完全相同，以进行确认。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="361"/>
        <source>{client} has no deactivation pending; there is nothing to revoke.</source>
        <translation>{client} 没有待处理的停用；没有可撤销的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="362"/>
        <source>The data of {client} is deleted on {day:date}; the deactivation can no longer be revoked.</source>
        <translation>{client} 的数据将于 {day:date} 删除；已无法撤销停用。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="377"/>
        <source>The export cannot be written to {path}: the folder does not exist or is not writable. Choose another folder.</source>
        <translation>无法将导出文件写入 {path}：该文件夹不存在或不可写入。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="378"/>
        <source>There is no {sheet} table to export. Choose one of the workbook&apos;s sheets.</source>
        <translation>没有可导出的 {sheet} 表。请选择工作簿中的一个工作表。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="379"/>
        <source>{file} cannot be imported: there is no such file. Choose the file again.</source>
        <translation>无法导入 {file}：该文件不存在。请重新选择文件。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="380"/>
        <source>{file} is larger than {megabytes} MB, more than an import takes; split it into smaller files and import them one by one.</source>
        <translation>{file} 大于 {megabytes} MB，超出单次导入的上限；请将其拆分为较小的文件并逐个导入。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="381"/>
        <source>{file} is an old Excel 97-2003 (.xls) file; open it in a spreadsheet program, save it as an Excel workbook (.xlsx) or as CSV, and import that.</source>
        <translation>{file} 是旧版 Excel 97-2003 (.xls) 文件；请在电子表格程序中打开，另存为 Excel 工作簿 (.xlsx) 或 CSV，然后导入该文件。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="382"/>
        <source>{file} is not an Excel workbook (.xlsx); choose an .xlsx or CSV file.</source>
        <translation>{file} 不是 Excel 工作簿 (.xlsx)；请选择 .xlsx 或 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="383"/>
        <source>{file} is a damaged or incomplete workbook ({detail}); open it in a spreadsheet program, save it again, and import the new copy.</source>
        <translation>{file} 是损坏或不完整的工作簿（{detail}）；请在电子表格程序中打开并重新保存，然后导入新副本。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="384"/>
        <source>{file} holds {n} parts, more than the {limit} a workbook has; it is not a workbook Account Desk can import safely. Save it again as .xlsx or CSV.</source>
        <translation>{file} 包含 {n} 个部件，超过工作簿应有的 {limit} 个；Account Desk 无法安全导入此文件。请将其重新另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="385"/>
        <source>{file} would unpack to about {megabytes} MB, far more than its data can be (a compressed bomb); it was not opened. Save the data again as .xlsx or CSV.</source>
        <translation>{file} 解压后约为 {megabytes} MB，远超其数据应有的大小（压缩炸弹）；未打开该文件。请将数据重新另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="386"/>
        <source>{file} declares XML entities in its part {part}, which a workbook never needs and which can make it expand without end; it was not opened. Save it again from a spreadsheet program.</source>
        <translation>{file} 在其部件 {part} 中声明了 XML 实体，工作簿从不需要这些实体，且它们可能导致文件无限膨胀；未打开该文件。请在电子表格程序中重新保存。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="387"/>
        <source>The sheet {sheet} of {file} has more than {limit} rows, more than one import takes; split it into several files.</source>
        <translation>{file} 的工作表 {sheet} 超过 {limit} 行，超出单次导入的上限；请将其拆分为多个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="388"/>
        <source>The sheet {sheet} of {file} has more than {limit} columns; delete the columns you do not import and try again.</source>
        <translation>{file} 的工作表 {sheet} 超过 {limit} 列；请删除不导入的列后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="389"/>
        <source>Cell {cell} of the sheet {sheet} in {file} holds a formula; an import takes values only. Copy the sheet and paste it as values, then import again.</source>
        <translation>{file} 中工作表 {sheet} 的单元格 {cell} 包含公式；导入仅接受值。请复制该工作表并以值的形式粘贴，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="390"/>
        <source>The sheet {sheet} of {file} has merged cells ({cells}); unmerge them so that every row has its own values, then import again.</source>
        <translation>{file} 的工作表 {sheet} 含有合并单元格（{cells}）；请取消合并，使每行都有自己的值，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="391"/>
        <source>{file} has a hidden sheet, {sheet}; unhide it to check what it holds, or delete it, then import again.</source>
        <translation>{file} 含有隐藏的工作表 {sheet}；请取消隐藏以检查其内容，或将其删除，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="392"/>
        <source>{file} is not readable text: line {line} is not valid {encoding}, so accents would be garbled. Save it again as CSV UTF-8 and import that.</source>
        <translation>{file} 不是可读的文本：第 {line} 行不是有效的 {encoding}，重音字符会显示为乱码。请将其重新另存为 CSV UTF-8，然后导入该文件。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="393"/>
        <source>{file} is not a text (CSV) file; choose a CSV or an Excel workbook.</source>
        <translation>{file} 不是文本 (CSV) 文件；请选择 CSV 文件或 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="394"/>
        <source>{file} has no rows to import; it needs a header row and at least one row of data.</source>
        <translation>{file} 没有可导入的行；它需要一个标题行和至少一行数据。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="395"/>
        <source>{file} was not imported: it has {n} {n:plural:problem|problems} (the first: {first}). Correct them and import again; nothing was changed.</source>
        <translation>{file} 未导入：它有 {n} 个问题（第一个：{first}）。请更正后重新导入；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="396"/>
        <source>{file} has none of the sheets an import reads ({sheets:list}); start from the template (accountdesk import --template FILE).</source>
        <translation>{file} 不含导入所读取的任何工作表（{sheets:list}）；请从模板开始（accountdesk import --template FILE）。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="397"/>
        <source>{file} is a CSV file; the template import reads Excel workbooks. Import it as a file from another program, whose columns you map to client fields.</source>
        <translation>{file} 是 CSV 文件；模板导入只读取 Excel 工作簿。请将其作为其他程序的文件导入，并将其列映射到客户字段。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="398"/>
        <source>No column of {file} is matched to the client name or the account number; choose which column holds them in the mapping.</source>
        <translation>{file} 中没有任何列对应客户名称或账号；请在映射中选择包含它们的列。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="411"/>
        <source>{field} cannot be changed here; the fields that can are {allowed:list}.</source>
        <translation>此处不能更改{field}；可更改的字段为{allowed:list}。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="412"/>
        <source>{name} is no longer an active staff user; choose another account manager.</source>
        <translation>{name}已不是在职员工；请选择另一位客户经理。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="413"/>
        <source>{contact} is the account owner of {client}; to change who owns the account, make another contact the owner with Make account owner in the Contacts and seats tab.</source>
        <translation>{contact}是{client}的账户所有者；要更换所有者，请在“联系人和席位”标签页中用“设为账户所有者”指定另一位联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="414"/>
        <source>To make {contact} the account owner of {client}, use Make account owner in the Contacts and seats tab: the current owner then becomes an admin.</source>
        <translation>要将{contact}设为{client}的账户所有者，请在“联系人和席位”标签页中使用“设为账户所有者”：当前所有者随即成为管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="415"/>
        <source>{contact} is named by {n} {n:plural:record|records} of {client} (a cancellation request, pause, closure or deactivation), so the contact cannot be removed; edit it instead.</source>
        <translation>{client}有{n}条{n:plural:记录|记录}（终止申请、暂停、关闭或停用）涉及{contact}，因此不能移除该联系人；请改为编辑。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="416"/>
        <source>This request is {status:label}; only a pending request can be withdrawn.</source>
        <translation>此申请{status:label}；只有待处理的申请才能撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="417"/>
        <source>This request was recorded by {recorder}; only they or a manager may withdraw it.</source>
        <translation>此申请由{recorder}登记；只有登记人或经理可以撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="418"/>
        <source>This request was imported, not recorded in the window; only a manager may withdraw it.</source>
        <translation>此申请是导入的，不是在窗口中登记的；只有经理可以撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="433"/>
        <source>You are signed in to the database as {login}, so you act as that login&apos;s own staff user, not as {user}. To act as {user}, sign in with their database login.</source>
        <translation>您以 {login} 登录数据库，因此只能以该登录名自己的员工用户身份操作，而不能以 {user} 的身份操作。要以 {user} 的身份操作，请使用其本人的数据库登录名登录。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="434"/>
        <source>The database login {login} has no Account Desk rights on {url}: it is not a member of an Account Desk group, or its staff user was deactivated. Ask an administrator to add you as a staff user with this database login.</source>
        <translation>数据库登录名 {login} 在 {url} 上没有 Account Desk 权限：它不属于任何 Account Desk 组，或其员工用户已被停用。请让管理员用此数据库登录名将您添加为员工用户。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="435"/>
        <source>The database {url} must be created or upgraded for this version of Account Desk, and the login {login} may not change its tables. Ask the administrator who owns the database to open it first.</source>
        <translation>数据库 {url} 需要为此版本的 Account Desk 创建或升级，而登录名 {login} 无权修改其表。请让拥有该数据库的管理员先打开它。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="436"/>
        <source>The database login {login} cannot create the Account Desk group roles ({roles}): that needs CREATEROLE. Open the database once with a login that has CREATEROLE, or ask the server&apos;s administrator to create the roles (README, Team database).</source>
        <translation>数据库登录名 {login} 无法创建 Account Desk 组角色（{roles}）：这需要 CREATEROLE 权限。请用具有 CREATEROLE 的登录名打开一次数据库，或请服务器管理员创建这些角色（见 README 的 Team database 一节）。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="437"/>
        <source>The database login {signed_in} may not change the membership of {login} in {group}. Sign in with an administrator&apos;s login or one with CREATEROLE, or ask the server&apos;s administrator to run GRANT {group} TO {login}.</source>
        <translation>数据库登录名 {signed_in} 无权更改 {login} 在 {group} 中的成员身份。请用管理员的登录名或具有 CREATEROLE 的登录名登录，或请服务器管理员执行 GRANT {group} TO {login}。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="438"/>
        <source>There is no database login {login} on this server. Create it first (CREATE ROLE {login} LOGIN PASSWORD …), then add the staff user again.</source>
        <translation>此服务器上没有数据库登录名 {login}。请先创建它（CREATE ROLE {login} LOGIN PASSWORD …），然后重新添加该员工用户。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="439"/>
        <source>The database login {login} already belongs to the staff user {name}; each person signs in with their own login.</source>
        <translation>数据库登录名 {login} 已属于员工用户 {name}；每个人都使用自己的登录名登录。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="440"/>
        <source>{name} is the last active administrator; make another staff user an administrator first.</source>
        <translation>{name} 是最后一位在职的管理员；请先将另一位员工用户设为管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="441"/>
        <source>The database login {signed_in} may not create the login {login}: that needs CREATEROLE. Ask the server&apos;s administrator to create it (CREATE ROLE … LOGIN PASSWORD …), then add the staff user with it.</source>
        <translation>数据库登录名 {signed_in} 无权创建登录名 {login}：这需要 CREATEROLE。请让服务器管理员创建它（CREATE ROLE … LOGIN PASSWORD …），然后用它添加员工用户。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="442"/>
        <source>The server already has a role named {login}; choose another name, or add the staff user with that login without creating it.</source>
        <translation>服务器上已有名为 {login} 的角色；请换一个名称，或不创建而直接用该登录名添加员工用户。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="443"/>
        <source>Database logins exist only on a team (PostgreSQL) database.</source>
        <translation>只有团队（PostgreSQL）数据库才有数据库登录名。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="451"/>
        <source>{who} changed the {record:label} “{name}” of {client} at {time} on {day:date}, after you opened it; nothing was saved. Reload to see the change, then try again.</source>
        <translation>{who} 在 {day:date} {time} 修改了 {client} 的{record:label}“{name}”（在您打开之后）；未保存任何内容。请重新加载查看更改，然后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="452"/>
        <source>{who} changed {client} at {time} on {day:date}, after you opened it; nothing was saved. Reload to see the change, then try again.</source>
        <translation>{who} 在 {day:date} {time} 修改了 {client}（在您打开之后）；未保存任何内容。请重新加载查看更改，然后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="453"/>
        <source>{client} was changed by someone else after you opened it; nothing was saved. Reload to see the change, then try again.</source>
        <translation>在您打开之后，其他人修改了 {client}；未保存任何内容。请重新加载查看更改，然后重试。</translation>
    </message>
</context>
<context>
    <name>RefusalFormat</name>
    <message>
        <location filename="../../ui/refusals.py" line="100"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>RefusalLabel</name>
    <message>
        <location filename="../../ui/refusals.py" line="220"/>
        <source>a staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="221"/>
        <source>a manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="222"/>
        <source>an administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="223"/>
        <source>the account owner</source>
        <translation>账户所有者</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="224"/>
        <source>an admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="225"/>
        <source>a user</source>
        <translation>普通用户</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="226"/>
        <source>client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="227"/>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="228"/>
        <source>subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="229"/>
        <source>invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="230"/>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="231"/>
        <source>cancellation request</source>
        <translation>终止申请</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="232"/>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="233"/>
        <source>a trial</source>
        <translation>试用</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="234"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="235"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="236"/>
        <source>closing</source>
        <translation>关闭中</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="237"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="238"/>
        <source>being deleted</source>
        <translation>删除中</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="239"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="240"/>
        <source>cancelled</source>
        <translation>终止中</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="241"/>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="242"/>
        <source>open</source>
        <translation>未付</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="243"/>
        <source>paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="244"/>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="245"/>
        <source>credited</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="246"/>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="247"/>
        <source>waiting for the client</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="248"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="249"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="250"/>
        <source>Voiding an invoice</source>
        <translation>作废发票</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="251"/>
        <source>Revoking a cancellation</source>
        <translation>撤销终止</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="252"/>
        <source>Deciding a cancellation request</source>
        <translation>处理终止申请</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="253"/>
        <source>Changing settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="254"/>
        <source>Changing the SMTP password</source>
        <translation>修改 SMTP 密码</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="255"/>
        <source>Adding a staff user</source>
        <translation>添加员工用户</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="256"/>
        <source>Changing a staff user</source>
        <translation>更改员工用户</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="257"/>
        <source>database login</source>
        <translation>数据库登录名</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="258"/>
        <source>database login&apos;s password</source>
        <translation>数据库登录名的密码</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="259"/>
        <source>staff user&apos;s name</source>
        <translation>员工姓名</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="260"/>
        <source>staff user&apos;s email</source>
        <translation>员工电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="261"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="262"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="263"/>
        <source>client&apos;s name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="264"/>
        <source>kind of client</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="265"/>
        <source>client&apos;s email</source>
        <translation>客户电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="266"/>
        <source>account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="267"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="268"/>
        <source>contact&apos;s name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="269"/>
        <source>contact&apos;s email</source>
        <translation>联系人电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="270"/>
        <source>contact role</source>
        <translation>联系人角色</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="271"/>
        <source>card brand</source>
        <translation>卡品牌</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="272"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="273"/>
        <source>plan name</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="274"/>
        <source>participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="275"/>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="276"/>
        <source>period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="277"/>
        <source>refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="278"/>
        <source>credit amount</source>
        <translation>冲销金额</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="279"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="280"/>
        <source>message</source>
        <translation>留言</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="281"/>
        <source>reason for rejecting</source>
        <translation>拒绝理由</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="282"/>
        <source>note saying what the client must send</source>
        <translation>说明客户需提交内容的备注</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="283"/>
        <source>organisation email</source>
        <translation>组织电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="299"/>
        <source>Exporting a client whose subscriptions have expired</source>
        <translation>导出订阅已到期的客户</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="300"/>
        <source>staff user</source>
        <translation>员工用户</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="301"/>
        <source>Crediting an invoice</source>
        <translation>贷记发票</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="336"/>
        <source>Pausing an account</source>
        <translation>暂停账户</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="337"/>
        <source>Pausing an account with its data deleted</source>
        <translation>暂停账户并删除其数据</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="338"/>
        <source>Resuming an account</source>
        <translation>恢复账户</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="339"/>
        <source>Closing an account</source>
        <translation>关闭账户</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="340"/>
        <source>Scheduling deactivation when the subscriptions end</source>
        <translation>安排在订阅结束时停用</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="341"/>
        <source>Revoking a closure</source>
        <translation>撤销关闭</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="342"/>
        <source>a pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="343"/>
        <source>resuming the account</source>
        <translation>恢复账户</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="344"/>
        <source>closing the account</source>
        <translation>关闭账户</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="368"/>
        <source>Deactivating an account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="369"/>
        <source>Revoking a deactivation</source>
        <translation>撤销停用</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="404"/>
        <source>Importing</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="404"/>
        <source>Restoring a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="424"/>
        <source>Giving a client to another account manager</source>
        <translation>将客户交给另一位客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="425"/>
        <source>Removing a contact</source>
        <translation>移除联系人</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="426"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>RequesterPage</name>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="83"/>
        <source>Who asks to close the account?</source>
        <translation>谁申请关闭账户？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="84"/>
        <source>Only the client&apos;s primary admin, the account owner, may close the account.</source>
        <translation>只有客户的主管理员（即账户所有者）才能关闭账户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="92"/>
        <source>Requesting contact</source>
        <translation>申请联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="93"/>
        <source>Requesting contact:</source>
        <translation>申请联系人：</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/requests_page.py" line="80"/>
        <source>Rejected: {reason}</source>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="84"/>
        <source>Whole account</source>
        <translation>整个账户</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="95"/>
        <source>Age</source>
        <translation>已等待</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="95"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="95"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="95"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="95"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="95"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="96"/>
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="96"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="96"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="162"/>
        <source>Show requests</source>
        <translation>显示的申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="161"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="73"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="108"/>
        <source>{status} — blocked</source>
        <translation>{status} — 受阻</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="164"/>
        <source>&amp;Review…</source>
        <translation>审核(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="165"/>
        <source>Record &amp;request…</source>
        <translation>登记申请(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="166"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="167"/>
        <source>Read the requests again</source>
        <translation>重新读取申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="171"/>
        <source>Cancellation requests</source>
        <translation>终止申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="210"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="245"/>
        <source>1 request</source>
        <translation>1 项申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="246"/>
        <source>{count} requests</source>
        <translation>{count} 项申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="251"/>
        <source>The requests could not be read: {reason}</source>
        <translation>无法读取申请：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="281"/>
        <source>Select a request to review it</source>
        <translation>请选择要审核的申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="283"/>
        <source>This request is already decided ({status}).</source>
        <translation>此申请已处理（{status}）。</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="286"/>
        <source>Approve, reject or put the selected request on hold</source>
        <translation>批准、拒绝或搁置所选申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="288"/>
        <source>Select one of a client&apos;s requests to record a new request for that client</source>
        <translation>选择某个客户的一项请求，以便为该客户登记新的请求</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="291"/>
        <source>Record a cancellation request a client sent</source>
        <translation>登记客户发来的终止申请</translation>
    </message>
</context>
<context>
    <name>ResumeAccountDialog</name>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="48"/>
        <source>Resume account: {name}</source>
        <translation>恢复账户：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="57"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="59"/>
        <source>Every paused subscription restarts today, {today}, as if bought today: each gets a purchase invoice today; anniversary plans bill on this day from now on, billing-day plans keep their billing day. Paused subscriptions: {plans}.</source>
        <translation>每个已暂停的订阅都将于今天 {today} 重新开始，如同今天购买：今天各开具一张购买发票；按周年计费的套餐此后在这一天计费，按账单日计费的套餐保留其账单日。已暂停的订阅：{plans}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="68"/>
        <source>Resume account</source>
        <translation>恢复账户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="74"/>
        <source>New card</source>
        <translation>新银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="78"/>
        <source>Requesting contact</source>
        <translation>申请联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="79"/>
        <source>Requested by:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="82"/>
        <source>Card brand</source>
        <translation>卡品牌</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="86"/>
        <source>Brand:</source>
        <translation>品牌：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="89"/>
        <source>Last four digits of the card</source>
        <translation>卡号最后四位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="94"/>
        <source>Last four digits:</source>
        <translation>最后四位：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="98"/>
        <source>Expiry month</source>
        <translation>到期月份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="103"/>
        <source>Expiry year</source>
        <translation>到期年份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="112"/>
        <source>Expiry (month / year):</source>
        <translation>有效期（月 / 年）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="120"/>
        <source>This card expired at the end of {month}/{year}; ask the client for a card that is still valid.</source>
        <translation>此卡已于 {month}/{year} 月底到期；请向客户索取仍然有效的卡。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="126"/>
        <source>The card has expired.</source>
        <translation>此卡已过期。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/resume_account.py" line="128"/>
        <source>Give the card&apos;s brand and its last four digits.</source>
        <translation>请填写卡品牌和卡号最后四位。</translation>
    </message>
</context>
<context>
    <name>ReviewRequest</name>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="72"/>
        <source>by email</source>
        <translation>通过电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="73"/>
        <source>by phone</source>
        <translation>通过电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="74"/>
        <source>through the client portal</source>
        <translation>通过客户门户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="75"/>
        <source>by letter</source>
        <translation>通过信件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="76"/>
        <source>in person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="79"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="81"/>
        <source>less than a business day ago</source>
        <translation>不到一个工作日前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="83"/>
        <source>{age} ago</source>
        <translation>{age}前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="84"/>
        <source>Received {date} {how}, {when}</source>
        <translation>于 {date} {how}收到，{when}</translation>
    </message>
</context>
<context>
    <name>ReviewRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="113"/>
        <source>Review cancellation request — {client}</source>
        <translation>审核终止申请 — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="134"/>
        <location filename="../../ui/dialogs/review_request.py" line="401"/>
        <source>Approve cancellation</source>
        <translation>批准终止</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="159"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="161"/>
        <source>Rejected by {who}: {reason}</source>
        <translation>由 {who} 拒绝：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="164"/>
        <source>none, the latest invoice was the last</source>
        <translation>无，最新发票即最后一张</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="165"/>
        <source>Approved by {who}; final billing date: {when}.</source>
        <translation>由 {who} 批准；最终账单日：{when}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="167"/>
        <source>Waiting for the client: {note}</source>
        <translation>等待客户：{note}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="169"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="178"/>
        <source>{name} &lt;{email}&gt;, {role} of {client}</source>
        <translation>{name} &lt;{email}&gt;，{client} 的{role}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="180"/>
        <source>{name}, {role} of {client}</source>
        <translation>{name}，{client} 的{role}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="185"/>
        <location filename="../../ui/dialogs/review_request.py" line="187"/>
        <location filename="../../ui/dialogs/review_request.py" line="436"/>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="194"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="200"/>
        <source>From:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="202"/>
        <source>{plan} for {participant}</source>
        <translation>{participant} 的 {plan}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="205"/>
        <source>The whole account (closing it)</source>
        <translation>整个账户（关闭账户）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="206"/>
        <source>Asks to cancel:</source>
        <translation>申请终止：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="207"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="210"/>
        <source>The client&apos;s message</source>
        <translation>客户留言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="213"/>
        <source>No message was recorded.</source>
        <translation>未记录留言。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="215"/>
        <source>Message:</source>
        <translation>留言：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="220"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="224"/>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="224"/>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="225"/>
        <source>Plan:</source>
        <translation>套餐：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="225"/>
        <source>{plan}, {price} {per} ({status})</source>
        <translation>{plan}，{per} {price}（{status}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="227"/>
        <source>Participant:</source>
        <translation>参与者：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="228"/>
        <source>Billing:</source>
        <translation>计费方式：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="233"/>
        <source>{issued} ({status})</source>
        <translation>{issued}（{status}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="236"/>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="237"/>
        <source>Latest invoice:</source>
        <translation>最新发票：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="239"/>
        <source>None: no further invoice will be issued</source>
        <translation>无：不会再开具发票</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="240"/>
        <source>Next billing date:</source>
        <translation>下一账单日：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="245"/>
        <source>Annual, renewed each year on the purchase date</source>
        <translation>按年，每年在购买日续订</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="247"/>
        <source>Monthly, on the day of the month it was bought</source>
        <translation>按月，每月在购买当日计费</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="248"/>
        <source>Monthly, billing day {day}: each invoice covers the next calendar month</source>
        <translation>按月，账单日为每月 {day} 日：每张发票涵盖下一个自然月</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="252"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="256"/>
        <source>&amp;Approve the cancellation</source>
        <translation>批准终止(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="267"/>
        <source>Approving closes the whole account: every running subscription ends at the end of the period its latest invoice paid for, the saved card is removed and the account is marked closing.</source>
        <translation>批准后将关闭整个账户：每个进行中的订阅在其最新发票已付费期间结束时终止，已保存的银行卡将被删除，账户将标记为关闭中。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="273"/>
        <source>Final billing date</source>
        <translation>最终账单日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="274"/>
        <source>The last invoice issued; the subscription ends at the end of the period that invoice pays for.</source>
        <translation>最后开具的一张发票；订阅在该发票所付费期间结束时终止。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="281"/>
        <source>&amp;Final billing date:</source>
        <translation>最终账单日(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="284"/>
        <source>Last invoice:</source>
        <translation>最后一张发票：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="285"/>
        <source>Access ends:</source>
        <translation>访问截止：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="288"/>
        <source>This subscription is {status}: it has no billing date left to end with.</source>
        <translation>此订阅的状态为“{status}”：已没有可作为结束点的账单日。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="301"/>
        <source>Re&amp;ject the request</source>
        <translation>拒绝申请(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="302"/>
        <source>Reason for rejecting</source>
        <translation>拒绝理由</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="303"/>
        <source>Why the request is rejected; the client receives this (required).</source>
        <translation>拒绝申请的原因；客户会收到此内容（必填）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="305"/>
        <source>Mark as &amp;waiting for the client</source>
        <translation>标记为等待客户(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="307"/>
        <source>What the client must send</source>
        <translation>客户需提供的内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="308"/>
        <source>What the client must send or confirm, e.g. proof that they may act for the account (required).</source>
        <translation>客户需要提供或确认的内容，例如其有权代表该账户的证明（必填）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="312"/>
        <source>This request is already waiting for the client; approve or reject it once they answer.</source>
        <translation>此申请已在等待客户；客户答复后请批准或拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="356"/>
        <source>None: the latest invoice is the last (access until {end})</source>
        <translation>无：最新发票即最后一张（访问截止至 {end}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="357"/>
        <source>{date} (access until {end})</source>
        <translation>{date}（访问截止至 {end}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="391"/>
        <source>{date} (end of the day)</source>
        <translation>{date}（当天结束时）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="396"/>
        <source>The latest one, issued {date}</source>
        <translation>最新一张，开具于 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="398"/>
        <source>The latest one, already issued</source>
        <translation>最新一张，已开具</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="401"/>
        <source>Reject request</source>
        <translation>拒绝申请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="402"/>
        <source>Mark as waiting</source>
        <translation>标记为等待</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="416"/>
        <source>Choose an outcome: approve, reject or wait for the client.</source>
        <translation>请选择处理结果：批准、拒绝或等待客户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="418"/>
        <source>Choose the final billing date.</source>
        <translation>请选择最终账单日。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="420"/>
        <source>Type the reason for rejecting; the client receives it.</source>
        <translation>请输入拒绝理由；客户会收到该理由。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="422"/>
        <source>Type what the client must send before the request can be decided.</source>
        <translation>请输入客户需提供的内容，之后才能处理该申请。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="429"/>
        <source>No email is sent: tell the client what they must send.</source>
        <translation>不会发送电子邮件：请告知客户需要提供什么。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="432"/>
        <source>Nobody is emailed: the client has no account owner with an address and no email.</source>
        <translation>不会通知任何人：客户既没有带地址的账户所有者，也没有电子邮件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="434"/>
        <source>Emailed with the reason: the account owner, {owner}.</source>
        <translation>附带理由发送邮件给：账户所有者 {owner}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="439"/>
        <source>Emailed: the account owner, {owner}; a copy to the account manager, {manager}.</source>
        <translation>邮件发送给：账户所有者 {owner}；抄送客户经理 {manager}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="441"/>
        <source>Emailed: the account owner, {owner} (the client has no account manager to copy).</source>
        <translation>邮件发送给：账户所有者 {owner}（客户没有可抄送的客户经理）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="468"/>
        <source>Request of {client} approved; the client is emailed.</source>
        <translation>{client} 的申请已批准；已通过电子邮件通知客户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="469"/>
        <source>Request of {client} rejected; the client is emailed.</source>
        <translation>{client} 的申请已拒绝；已通过电子邮件通知客户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="470"/>
        <source>Request of {client} is waiting for the client.</source>
        <translation>{client} 的申请正在等待客户回复。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Account owner</source>
        <translation>账户所有者</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
</context>
<context>
    <name>ServerFailure</name>
    <message>
        <location filename="../../ui/server_failure.py" line="34"/>
        <source>Database server</source>
        <translation>数据库服务器</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="150"/>
        <source>One-to-one session</source>
        <translation>一对一会谈</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="151"/>
        <source>Offer the client a free session with their account manager before closing.</source>
        <translation>关闭前，请为客户提供一次与其客户经理的免费会谈。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="153"/>
        <source>Session &amp;scheduled on</source>
        <translation>会谈安排在(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="157"/>
        <source>Session date</source>
        <translation>会谈日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="163"/>
        <source>The client &amp;declined the session</source>
        <translation>客户拒绝了会谈(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="165"/>
        <source>The client will &amp;email their account manager</source>
        <translation>客户将发邮件给其客户经理(&amp;E)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="94"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="99"/>
        <source>Only an administrator can change the settings; you can view them here.</source>
        <translation>只有管理员才能更改设置；您可以在此查看。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="118"/>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="120"/>
        <source>S&amp;taff users</source>
        <translation>员工用户(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="126"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="140"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="142"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="142"/>
        <source>Organisation name</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="144"/>
        <source>Receives the notifications about client requests, expiring cards and failed automatic payments.</source>
        <translation>接收有关客户申请、银行卡即将到期和自动扣款失败的通知。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="146"/>
        <source>Main &amp;email:</source>
        <translation>主电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="146"/>
        <source>Organisation main email</source>
        <translation>组织主电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="151"/>
        <source>Language of its e&amp;mails:</source>
        <translation>邮件语言(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="152"/>
        <source>Language of the organisation&apos;s emails</source>
        <translation>组织邮件的语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="154"/>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="154"/>
        <source>Currency of the organisation&apos;s accounts</source>
        <translation>组织账目使用的货币</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="158"/>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="162"/>
        <source>Most active &amp;seats to cancel:</source>
        <translation>可终止的最多活跃席位(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="163"/>
        <source>Most active seats to cancel</source>
        <translation>可终止的最多活跃席位数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="165"/>
        <source>A client with more active paid seats cannot be cancelled, closed or deactivated until seats are reduced.</source>
        <translation>活跃付费席位多于此数的客户，在减少席位之前无法终止、关闭或停用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="168"/>
        <source>Allow managers to &amp;revoke a cancellation</source>
        <translation>允许经理撤销终止(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="170"/>
        <source>Allow managers to revoke a cancellation</source>
        <translation>允许经理撤销终止</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="172"/>
        <source>Billing then resumes as if the subscription had never been cancelled.</source>
        <translation>之后计费将恢复，如同该订阅从未被终止。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="176"/>
        <source>Client cancellation requests:</source>
        <translation>客户的终止申请：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="179"/>
        <source>Wait for a manager&apos;s &amp;approval (default)</source>
        <translation>等待经理批准(&amp;A)（默认）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="181"/>
        <source>Cancel &amp;immediately at the end of the paid period</source>
        <translation>立即终止，在已付费期间结束时生效(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="194"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="195"/>
        <source>&amp;Purge deactivated accounts after:</source>
        <translation>停用账户的清除期限(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="196"/>
        <source>Days before a deactivated account is purged</source>
        <translation>停用账户被清除前的天数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="198"/>
        <source>Until then a manager can revoke the deactivation.</source>
        <translation>在此之前，经理可以撤销停用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="202"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="204"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="205"/>
        <source>SMTP ser&amp;ver:</source>
        <translation>SMTP 服务器(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="205"/>
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="207"/>
        <source>Without a server, emails wait in the Outbox, where they can be saved as .eml files.</source>
        <translation>未设置服务器时，邮件将留在发件箱中，可在那里另存为 .eml 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="210"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="210"/>
        <source>SMTP port</source>
        <translation>SMTP 端口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="213"/>
        <source>None (not encrypted)</source>
        <translation>无（不加密）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="213"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="213"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="216"/>
        <source>SMTP connection security</source>
        <translation>SMTP 连接安全性</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="216"/>
        <source>Sec&amp;urity:</source>
        <translation>安全性(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="218"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="218"/>
        <source>SMTP user</source>
        <translation>SMTP 用户名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="221"/>
        <source>Leave empty to keep the stored password</source>
        <translation>留空则保留已存储的密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="222"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="222"/>
        <source>SMTP password</source>
        <translation>SMTP 密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="224"/>
        <source>Stored in the operating system&apos;s keyring, never in the database or a file.</source>
        <translation>存储在操作系统的密钥环中，绝不会存入数据库或文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="226"/>
        <source>Empty: the organisation&apos;s main email</source>
        <translation>留空：使用组织的主电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="227"/>
        <source>Sen&amp;der address:</source>
        <translation>发件人地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="227"/>
        <source>Sender address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="331"/>
        <source>Type the SMTP user as well: the password is stored under that user name. Nothing was saved.</source>
        <translation>请同时输入 SMTP 用户名：密码按该用户名存储。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="349"/>
        <source>Storing the SMTP password in the OS keyring…</source>
        <translation>正在将 SMTP 密码存储到系统密钥环…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="369"/>
        <source>The other settings were saved, but the SMTP password was not stored. {reason}</source>
        <translation>其他设置已保存，但 SMTP 密码未能存储。{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="371"/>
        <source>The SMTP password was not stored. {reason}</source>
        <translation>SMTP 密码未能存储。{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_fields.py" line="100"/>
        <source>{code} ({symbol})</source>
        <comment>a currency: its code and symbol</comment>
        <translation>{code}（{symbol}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_fields.py" line="104"/>
        <source>Every amount in the window is written with this currency.</source>
        <translation>窗口中的所有金额都以此货币显示。</translation>
    </message>
</context>
<context>
    <name>SidePages</name>
    <message>
        <location filename="../../ui/side_pages.py" line="39"/>
        <source>The latest {n} changes.</source>
        <translation>最近 {n} 项更改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="72"/>
        <location filename="../../ui/side_pages.py" line="64"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="103"/>
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="104"/>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="104"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="104"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="69"/>
        <source>&amp;Add staff user…</source>
        <translation>添加员工用户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="70"/>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="71"/>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="87"/>
        <source>Changes here are made at once, each on its own; Save settings is not needed.</source>
        <translation>此处的更改会逐项立即生效，无需保存设置。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="89"/>
        <source>Each person signs in with their own database login, which the server makes a member of their role&apos;s group.</source>
        <translation>每个人使用自己的数据库登录名登录，服务器会将其加入其角色的组。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="91"/>
        <source>On this file nobody signs in: a script or the command line chooses the staff user who acts with user= or --user (README, Scripting).</source>
        <translation>此文件无需登录：脚本或命令行通过 user= 或 --user 选择执行操作的员工用户（见 README 的 Scripting 一节）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="95"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="95"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="95"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="97"/>
        <source>Database login</source>
        <translation>数据库登录名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="98"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="101"/>
        <source>Staff users</source>
        <translation>员工用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="133"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="133"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="171"/>
        <source>Select an active staff user first.</source>
        <translation>请先选择一位在用的员工用户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="179"/>
        <source>{name} was added.</source>
        <translation>已添加 {name}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="188"/>
        <source>{name} is now {role}.</source>
        <translation>{name} 现在是{role}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="207"/>
        <source>Deactivate {name}? They can no longer use Account Desk; their past work keeps their name.</source>
        <translation>停用 {name}？此人将无法再使用 Account Desk；其过往工作仍保留其姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="210"/>
        <source>Their database login {login} loses its Account Desk rights.</source>
        <translation>其数据库登录名 {login} 将失去 Account Desk 权限。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="212"/>
        <source>Deactivate staff user</source>
        <translation>停用员工用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_section.py" line="216"/>
        <source>{name} was deactivated.</source>
        <translation>已停用 {name}。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Trial</source>
        <translation>试用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Closing</source>
        <translation>关闭中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Deactivating</source>
        <translation>停用中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Purged</source>
        <translation>已清除</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Cancelling</source>
        <translation>终止中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Open (unpaid)</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Credited</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Waiting for the client</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="253"/>
        <source>What happens and when</source>
        <translation>将发生什么以及何时发生</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_account.py" line="254"/>
        <source>Check the dates with the client before closing.</source>
        <translation>关闭前请与客户核对日期。</translation>
    </message>
</context>
<context>
    <name>TypedNameConfirmation</name>
    <message>
        <location filename="../../ui/dialogs/typed_name.py" line="40"/>
        <source>To confirm, type the client&apos;s name exactly as shown: {name}</source>
        <translation>请准确输入所显示的客户名称以确认：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/typed_name.py" line="45"/>
        <source>Client&apos;s name, typed to confirm</source>
        <translation>为确认而输入的客户名称</translation>
    </message>
</context>
<context>
    <name>VoidInvoiceDialog</name>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="59"/>
        <source>Void invoice — {client}</source>
        <translation>作废发票 — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="73"/>
        <source>Void invoice</source>
        <translation>作废发票</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="74"/>
        <source>&amp;Keep invoice</source>
        <translation>保留发票(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="84"/>
        <source>Latest invoice</source>
        <translation>最新发票</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="87"/>
        <source>Client:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="87"/>
        <source>{client} ({account})</source>
        <translation>{client}（{account}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="89"/>
        <source>Subscription:</source>
        <translation>订阅：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="90"/>
        <source>{plan} for {participant}</source>
        <translation>{participant} 的 {plan}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="95"/>
        <source>Issued:</source>
        <translation>开具日期：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="96"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="96"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="98"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="99"/>
        <source>Paid:</source>
        <translation>已付：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="107"/>
        <source>Voiding credits the whole invoice ({amount}), removes {plan} from the client&apos;s purchases (its invoices stay under billing) and ends access now, today {today}. It cannot be undone.</source>
        <translation>作废将冲销整张发票（{amount}），从客户的购买中移除 {plan}（其发票仍保留在账单中），并于今天 {today} 立即终止访问。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="117"/>
        <source>Also record a &amp;refund of</source>
        <translation>同时登记退款(&amp;R)，金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="119"/>
        <source>Record a refund</source>
        <translation>登记退款</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="122"/>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="131"/>
        <source>at most {paid}, what was paid</source>
        <translation>最多 {paid}，即已付金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="134"/>
        <source>Nothing was paid on this invoice, so there is nothing to refund.</source>
        <translation>此发票未付任何款项，因此无需退款。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="156"/>
        <source>{plan} for {client}: latest invoice voided and credited; access ended today.</source>
        <translation>{client} 的 {plan}：最新发票已作废并已贷记；访问权限于今天结束。</translation>
    </message>
</context>
<context>
    <name>WayOut</name>
    <message>
        <location filename="../../ui/account_actions.py" line="309"/>
        <location filename="../../ui/way_out.py" line="187"/>
        <source>Open &amp;where a refusal is resolved</source>
        <translation>打开解决拒绝原因的位置(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="103"/>
        <source>Closes this window without changing anything and shows the client&apos;s record where the refusal is resolved</source>
        <translation>关闭此窗口，不做任何更改，并在可解决该拒绝原因的位置显示客户记录</translation>
    </message>
    <message>
        <location filename="../../ui/way_out.py" line="63"/>
        <source>Open the Contacts and seats tab</source>
        <translation>打开“联系人和席位”选项卡</translation>
    </message>
    <message>
        <location filename="../../ui/way_out.py" line="67"/>
        <source>Open the Billing tab</source>
        <translation>打开“账单”选项卡</translation>
    </message>
    <message>
        <location filename="../../ui/way_out.py" line="188"/>
        <source>Nothing refused on this client is resolved in another tab.</source>
        <translation>此客户被拒绝的操作都无法在其他选项卡中解决。</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../ui/app.py" line="260"/>
        <source>Account Desk</source>
        <translation>Account Desk</translation>
    </message>
</context>
</TS>
