<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CancelSubscriptionDialog</name>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="53"/>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="73"/>
        <source>Move cancellation earlier</source>
        <translation>提前取消时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="54"/>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="73"/>
        <source>Cancel subscription</source>
        <translation>取消订阅</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="90"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="93"/>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="93"/>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="94"/>
        <source>Plan:</source>
        <translation>套餐：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="95"/>
        <source>{plan}, {price} {per}</source>
        <translation>{plan}，{per} {price}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="97"/>
        <source>Participant:</source>
        <translation>参与者：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="98"/>
        <source>Billing:</source>
        <translation>计费方式：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="100"/>
        <source>None: no further invoice will be issued</source>
        <translation>无：不会再开具发票</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="101"/>
        <source>Next billing date:</source>
        <translation>下一账单日：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="107"/>
        <source>Annual, renewed each year on the purchase date (bought {date})</source>
        <translation>按年，每年在购买日续订（购买于 {date}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="109"/>
        <source>Monthly, on the day of the month it was bought (bought {date})</source>
        <translation>按月，每月在购买当日计费（购买于 {date}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="110"/>
        <source>Monthly, billing day {day}: each invoice covers the next calendar month</source>
        <translation>按月，账单日为每月 {day} 日：每张发票涵盖下一个自然月</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="117"/>
        <source>Currently: after {month}, access until {end}.</source>
        <translation>当前：{month}之后取消，访问截止至 {end}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="120"/>
        <source>This subscription is already being cancelled.</source>
        <translation>此订阅已在取消中。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="121"/>
        <source>A cancellation can only be moved earlier, never later or removed. To undo a mistaken cancellation, let the subscription expire and buy it again for the client.</source>
        <translation>取消只能提前，不能推迟或撤除。如需纠正误操作的取消，请让订阅到期，再为客户重新购买。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="123"/>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="125"/>
        <source>Revoke cancellation</source>
        <translation>撤销取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="131"/>
        <source>Billing resumes as if the subscription had never been cancelled.</source>
        <translation>计费将恢复，如同该订阅从未被取消。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="139"/>
        <source>Revoking a cancellation is turned off by the policy allow_revoke_cancellation; an administrator can turn it on in the settings.</source>
        <translation>策略 allow_revoke_cancellation 已禁止撤销取消；管理员可在设置中开启。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="142"/>
        <source>Revoking a cancellation needs a manager or an administrator.</source>
        <translation>只有经理或管理员才能撤销取消。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="149"/>
        <source>Termination month</source>
        <translation>终止月份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="150"/>
        <source>The month of the first billing date that will not be invoiced.</source>
        <translation>第一个不再开票的账单日所在的月份。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="153"/>
        <source>after {month}</source>
        <translation>{month}之后</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="156"/>
        <source>&amp;Cancel:</source>
        <translation>取消时间(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="156"/>
        <source>&amp;Move to:</source>
        <translation>提前到(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="161"/>
        <source>For the chosen month</source>
        <translation>所选月份的结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="168"/>
        <source>Last invoice:</source>
        <translation>最后一张发票：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="169"/>
        <source>Access ends:</source>
        <translation>访问截止：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="170"/>
        <source>Invoices no longer issued:</source>
        <translation>不再开具的发票：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="175"/>
        <source>Once set, a cancellation cannot be removed; it can only be moved to an earlier month. To undo a mistaken cancellation, let the subscription expire and buy it again for the client.</source>
        <translation>取消一经设置便无法撤除，只能提前到更早的月份。如需纠正误操作的取消，请让订阅到期，再为客户重新购买。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="193"/>
        <source>{date} (end of the day)</source>
        <translation>{date}（当天结束时）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="195"/>
        <source>up to the end date, {date}</source>
        <translation>截至结束日期 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="197"/>
        <source>over the next {months} months</source>
        <translation>未来 {months} 个月内</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_subscription.py" line="198"/>
        <source>{count} ({span})</source>
        <translation>{count}（{span}）</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Portal</source>
        <translation>门户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Billing day</source>
        <translation>账单日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Next billing</source>
        <translation>下次计费</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Access end</source>
        <translation>访问截止</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail_pane.py" line="77"/>
        <source>Column headers</source>
        <translation>列标题</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="97"/>
        <source>Client details</source>
        <translation>客户详情</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="102"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="105"/>
        <source>Access end</source>
        <translation>访问截止</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="105"/>
        <source>Next billing</source>
        <translation>下次计费</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="105"/>
        <location filename="../../ui/detail_pane.py" line="114"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="105"/>
        <location filename="../../ui/detail_pane.py" line="114"/>
        <location filename="../../ui/detail_pane.py" line="154"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="106"/>
        <source>Cancellation month</source>
        <translation>取消月份</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="106"/>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="107"/>
        <location filename="../../ui/detail_pane.py" line="111"/>
        <source>Purchases</source>
        <translation>购买</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="114"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="114"/>
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="114"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="116"/>
        <location filename="../../ui/detail_pane.py" line="118"/>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="121"/>
        <location filename="../../ui/detail_pane.py" line="155"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="121"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="121"/>
        <source>Paid seat</source>
        <translation>付费席位</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="121"/>
        <location filename="../../ui/detail_pane.py" line="155"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="121"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="123"/>
        <location filename="../../ui/detail_pane.py" line="125"/>
        <source>Contacts and seats</source>
        <translation>联系人和席位</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="127"/>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="127"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="127"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="128"/>
        <location filename="../../ui/detail_pane.py" line="130"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="131"/>
        <source>Select a client to see its details.</source>
        <translation>选择一个客户以查看其详情。</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="154"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="154"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="155"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="156"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="156"/>
        <source>Client since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="157"/>
        <source>Account owner</source>
        <translation>账户所有者</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="157"/>
        <source>Active paid seats</source>
        <translation>活跃付费席位</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="158"/>
        <source>Running subscriptions</source>
        <translation>进行中的订阅</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="158"/>
        <source>Saved card</source>
        <translation>已保存的银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="159"/>
        <source>Unpaid invoices</source>
        <translation>未付发票</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="209"/>
        <source>{kind}, ends {date}</source>
        <translation>{kind}，{date} 结束</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="211"/>
        <source>{kind} by {reseller}</source>
        <translation>{kind}（经销商：{reseller}）</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="218"/>
        <location filename="../../ui/detail_pane.py" line="224"/>
        <location filename="../../ui/detail_pane.py" line="228"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="222"/>
        <source>None: the client&apos;s own email is used</source>
        <translation>无：使用客户自己的电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="226"/>
        <source>{count}, {amount} in total</source>
        <translation>{count} 张，共计 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="238"/>
        <source>{plan}: {period}, {price}, bought {start}, {seats} seat(s)</source>
        <translation>{plan}：{period}，{price}，购买于 {start}，{seats} 个席位</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="247"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="254"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="254"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/sorted_rows.py" line="170"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Direct</source>
        <translation>直销</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Trial</source>
        <translation>试用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Resold</source>
        <translation>经销</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <location filename="../../ui/dialogs/locale_format.py" line="21"/>
        <source>MMMM yyyy</source>
        <comment>a month and its year, as a QDate format</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="142"/>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Account Desk</source>
        <translation>Account Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Read the database again; filter, sort and selection stay</source>
        <translation>重新读取数据库；筛选、排序和选择保持不变</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Bring up to &amp;today</source>
        <translation>更新到今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Issue due invoices and handle every deadline up to today</source>
        <translation>开具到期发票，并处理截至今天的所有期限</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Organisation, policies and email settings</source>
        <translation>组织、策略和电子邮件设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Search by name, account number, email or phone</source>
        <translation>按名称、账号、电子邮件或电话搜索</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;Previous record</source>
        <translation>上一条记录(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>&amp;Next record</source>
        <translation>下一条记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;Open details</source>
        <translation>打开详情(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Move to the selected client&apos;s details</source>
        <translation>转到所选客户的详情</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;Columns…</source>
        <translation>列(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Choose the columns of the table</source>
        <translation>选择表格显示的列</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Cancel subscription…</source>
        <translation>取消订阅(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Cancel the selected subscription after a chosen month</source>
        <translation>在所选月份之后取消所选订阅</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;Void latest invoice…</source>
        <translation>作废最新发票(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Void the subscription&apos;s latest invoice: it was bought by mistake</source>
        <translation>作废该订阅的最新发票：该订阅系误购</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Record cancellation &amp;request…</source>
        <translation>登记取消申请(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Record a cancellation request received from the client</source>
        <translation>登记从客户处收到的取消申请</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>Emails could not be sent: {error}</source>
        <translation>无法发送电子邮件：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>The list could not be read: {error}</source>
        <translation>无法读取列表：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>{shown} of {total} clients</source>
        <translation>{shown} / {total} 个客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>{shown} of {total} subscriptions</source>
        <translation>{shown} / {total} 个订阅</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Requests ({count})</source>
        <translation>申请（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <location filename="../../ui/window_layout.py" line="60"/>
        <source>Requests</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <location filename="../../ui/main_window.py" line="359"/>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>The database is still opening; a moment please.</source>
        <translation>数据库仍在打开中，请稍候。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Select a subscription in the client&apos;s Purchases tab first.</source>
        <translation>请先在客户的“购买”选项卡中选择一个订阅。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>Select a client first.</source>
        <translation>请先选择一个客户。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>Cancel subscription</source>
        <translation>取消订阅</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>Void latest invoice</source>
        <translation>作废最新发票</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>This dialog is not available yet.</source>
        <translation>此对话框尚不可用。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>Bringing the database up to today…</source>
        <translation>正在将数据库更新到今天…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>Bringing the database up to today failed: {error}</source>
        <translation>将数据库更新到今天失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>The database is up to date ({count} changes).</source>
        <translation>数据库已是最新（{count} 项更改）。</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="59"/>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="60"/>
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="60"/>
        <location filename="../../ui/window_layout.py" line="117"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="60"/>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="60"/>
        <location filename="../../ui/window_layout.py" line="117"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="73"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="74"/>
        <source>Search name, account number, email or phone (Ctrl+F)</source>
        <translation>搜索名称、账号、电子邮件或电话 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="76"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="83"/>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="85"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="107"/>
        <source>Number of records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="132"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="133"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="134"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="136"/>
        <source>&amp;Subscription</source>
        <translation>订阅(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="143"/>
        <source>Main tool bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/window_layout.py" line="175"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
</context>
<context>
    <name>NotifiedGroup</name>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="19"/>
        <source>Who will be notified</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="25"/>
        <source>Nobody: the client has no primary admin with an address and no email</source>
        <translation>无人：客户既没有带地址的主管理员，也没有电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="27"/>
        <location filename="../../ui/dialogs/notified.py" line="35"/>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="29"/>
        <source>{name} &lt;{email}&gt; (the client&apos;s email: no primary admin with an address)</source>
        <translation>{name} &lt;{email}&gt;（客户的电子邮件：没有带地址的主管理员）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="33"/>
        <source>Nobody: the client has no active account manager</source>
        <translation>无人：客户没有在职的客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="39"/>
        <source>Account owner:</source>
        <translation>账户所有者：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notified.py" line="40"/>
        <source>Account manager (copy):</source>
        <translation>客户经理（抄送）：</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../ui/outbox_page.py" line="45"/>
        <source>Client cancelled</source>
        <translation>客户已取消</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="46"/>
        <source>Client asks to cancel</source>
        <translation>客户申请取消</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="47"/>
        <source>Subscription cancelled by staff</source>
        <translation>员工已取消订阅</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="48"/>
        <source>Request approved</source>
        <translation>申请已批准</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="49"/>
        <source>Request rejected</source>
        <translation>申请已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="50"/>
        <source>Invoice voided</source>
        <translation>发票已作废</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="51"/>
        <source>Card expiring</source>
        <translation>银行卡即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="52"/>
        <source>Autopay failed</source>
        <translation>自动扣款失败</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="53"/>
        <source>Pause scheduled</source>
        <translation>已安排暂停</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="54"/>
        <source>Pause revoked</source>
        <translation>已撤销暂停</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="55"/>
        <source>Account resumed</source>
        <translation>账户已恢复</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="56"/>
        <source>Closure scheduled</source>
        <translation>已安排关闭</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="57"/>
        <source>Closure revoked</source>
        <translation>已撤销关闭</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="58"/>
        <source>Deactivation scheduled</source>
        <translation>已安排停用</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="59"/>
        <source>Deactivation revoked</source>
        <translation>已撤销停用</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="60"/>
        <source>Account deleted</source>
        <translation>账户已删除</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="88"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="88"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="88"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="88"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="88"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="88"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="88"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="89"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="108"/>
        <source>Sent {when}</source>
        <translation>发送于 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="145"/>
        <location filename="../../ui/outbox_page.py" line="244"/>
        <source>SMTP is not configured: emails stay queued; save them as .eml to send by hand.</source>
        <translation>未配置 SMTP：邮件将留在队列中；可将其另存为 .eml 后手动发送。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="152"/>
        <source>Show emails</source>
        <translation>显示的邮件</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="151"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="154"/>
        <source>Re&amp;try now</source>
        <translation>立即重试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="155"/>
        <source>Send &amp;now</source>
        <translation>立即发送(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="156"/>
        <source>Save as .&amp;eml…</source>
        <translation>另存为 .eml(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="157"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="165"/>
        <source>Outbox emails</source>
        <translation>发件箱邮件</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="182"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="196"/>
        <source>The outbox could not be read: {reason}</source>
        <translation>无法读取发件箱：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="224"/>
        <source>{shown} of {total} emails</source>
        <translation>{shown} / {total} 封邮件</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="238"/>
        <source>Wait for the current action to finish.</source>
        <translation>请等待当前操作完成。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="241"/>
        <source>Select failed or queued emails to retry them.</source>
        <translation>请选择发送失败或排队中的邮件进行重试。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="242"/>
        <source>Queue the selected failed emails again for the next delivery.</source>
        <translation>将所选发送失败的邮件重新排队，等待下次投递。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="246"/>
        <source>Send the queued emails now instead of waiting for the next run.</source>
        <translation>立即发送排队中的邮件，无需等待下次运行。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="247"/>
        <source>Select one email to save it as a file.</source>
        <translation>请选择一封邮件以将其保存为文件。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="249"/>
        <source>Save the selected email as an .eml file to send it by hand.</source>
        <translation>将所选邮件保存为 .eml 文件，以便手动发送。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="253"/>
        <source>Not available: this version of the desk cannot do it yet.</source>
        <translation>不可用：此版本的 Account Desk 尚不支持该操作。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="288"/>
        <source>1 email is queued for the next delivery.</source>
        <translation>1 封邮件已排队，等待下次投递。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="289"/>
        <source>{count} emails are queued for the next delivery.</source>
        <translation>{count} 封邮件已排队，等待下次投递。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="297"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="304"/>
        <source>Nothing was sent: SMTP is not configured; save the emails as .eml to send by hand.</source>
        <translation>未发送任何邮件：未配置 SMTP；请将邮件另存为 .eml 后手动发送。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="306"/>
        <source>Delivery finished: {sent} sent, {retrying} to retry later, {failed} failed.</source>
        <translation>投递完成：已发送 {sent} 封，稍后重试 {retrying} 封，失败 {failed} 封。</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="311"/>
        <source>First error: {error}</source>
        <translation>第一个错误：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="321"/>
        <source>Save email as .eml</source>
        <translation>将邮件另存为 .eml</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="322"/>
        <source>Email files (*.eml)</source>
        <translation>邮件文件 (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_page.py" line="326"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../ui/table_models.py" line="257"/>
        <source>Sorted by {keys}. Shift+click a header to add it to the sort.</source>
        <translation>按 {keys} 排序。按住 Shift 单击列标题可将其加入排序。</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Annual</source>
        <translation>按年</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
</context>
<context>
    <name>RecordRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="59"/>
        <source>Record cancellation request — {client}</source>
        <translation>登记取消申请 — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="63"/>
        <source>What {client} ({account}) asked, as they sent it.</source>
        <translation>{client}（{account}）提出的申请，按原样记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="67"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="70"/>
        <source>&amp;From:</source>
        <translation>申请人(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="72"/>
        <source>What to cancel</source>
        <translation>取消对象</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="75"/>
        <source>The whole account (close it)</source>
        <translation>整个账户（关闭账户）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="76"/>
        <source>&amp;Asks to cancel:</source>
        <translation>申请取消(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="81"/>
        <source>How the request arrived</source>
        <translation>申请的收到方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="84"/>
        <source>Received &amp;by:</source>
        <translation>收到方式(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="88"/>
        <source>Day the request was received</source>
        <translation>收到申请的日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="92"/>
        <source>The day the client sent the request; never later than today.</source>
        <translation>客户发送申请的日期；不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="93"/>
        <source>Received &amp;on:</source>
        <translation>收到日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="97"/>
        <source>The client&apos;s message</source>
        <translation>客户留言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="98"/>
        <source>What the client wrote or said (optional)</source>
        <translation>客户所写或所说的内容（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="102"/>
        <source>&amp;Message:</source>
        <translation>留言(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="109"/>
        <source>Record request</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="135"/>
        <source>{name} (account owner)</source>
        <translation>{name}（账户所有者）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="136"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="140"/>
        <source>{plan} for {participant} ({status})</source>
        <translation>{participant} 的 {plan}（{status}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="143"/>
        <source>{plan} for {participant}</source>
        <translation>{participant} 的 {plan}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="144"/>
        <source>{plan} for {participant}, next billing {date}</source>
        <translation>{participant} 的 {plan}，下次计费 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="163"/>
        <source>Ask {owner}, the account owner, to send the request,</source>
        <translation>请让账户所有者 {owner} 发送申请，</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="164"/>
        <source>The client has no account owner yet: set one first,</source>
        <translation>该客户尚无账户所有者：请先指定一位，</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="165"/>
        <source>Only the account owner can ask to close the whole account; {name} is {role}. {ask} or choose one subscription.</source>
        <translation>只有账户所有者才能申请关闭整个账户；{name} 是{role}。{ask}或选择单个订阅。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="170"/>
        <source>a user</source>
        <translation>普通用户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="170"/>
        <source>an administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="178"/>
        <source>{client} has no contact: add the person who asked as a contact first.</source>
        <translation>{client} 没有联系人：请先将提出申请的人添加为联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="192"/>
        <source>The request waits in the Requests queue until a manager decides it; the organisation and the client&apos;s account owner are emailed an acknowledgement.</source>
        <translation>该申请将在“申请”队列中等待经理处理；组织和客户的账户所有者会收到确认邮件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="195"/>
        <source>The cancellation policy is immediate: recording this request closes the account now, each subscription ending with the period its latest invoice paid for.</source>
        <translation>取消策略为立即生效：登记此申请将立即关闭账户，每个订阅在其最新发票已付费期间结束时终止。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_request.py" line="197"/>
        <source>The cancellation policy is immediate: recording this request cancels the subscription now, at the end of the period its latest invoice paid for.</source>
        <translation>取消策略为立即生效：登记此申请将立即取消订阅，订阅在其最新发票已付费期间结束时终止。</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <location filename="../../ui/table_page.py" line="43"/>
        <source>Column headers: click to sort, Shift+click to add a sort column</source>
        <translation>列标题：单击排序，按住 Shift 单击可添加排序列</translation>
    </message>
    <message>
        <location filename="../../ui/table_page.py" line="61"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/requests_page.py" line="75"/>
        <source>Rejected: {reason}</source>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="79"/>
        <source>Whole account</source>
        <translation>整个账户</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="89"/>
        <source>Age</source>
        <translation>已等待</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="89"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="89"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="89"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="89"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="89"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="90"/>
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="90"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="90"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="153"/>
        <source>Show requests</source>
        <translation>显示的申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="152"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="155"/>
        <source>&amp;Review…</source>
        <translation>审核(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="156"/>
        <source>Record &amp;request…</source>
        <translation>登记申请(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="157"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="158"/>
        <source>Read the requests again</source>
        <translation>重新读取申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="162"/>
        <source>Cancellation requests</source>
        <translation>取消申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="190"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="225"/>
        <source>1 request</source>
        <translation>1 项申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="226"/>
        <source>{count} requests</source>
        <translation>{count} 项申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="231"/>
        <source>The requests could not be read: {reason}</source>
        <translation>无法读取申请：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="257"/>
        <source>Deciding a request needs a manager</source>
        <translation>只有经理才能处理申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="259"/>
        <source>Select a request to review it</source>
        <translation>请选择要审核的申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="261"/>
        <source>This request is already decided ({status}).</source>
        <translation>此申请已处理（{status}）。</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="264"/>
        <source>Approve, reject or put the selected request on hold</source>
        <translation>批准、拒绝或搁置所选申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="266"/>
        <source>Select a client, or one of its requests, to record a new request for it</source>
        <translation>请选择一个客户或其某项申请，为该客户登记新申请</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="269"/>
        <source>Record a cancellation request a client sent</source>
        <translation>登记客户发来的取消申请</translation>
    </message>
</context>
<context>
    <name>ReviewRequest</name>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="52"/>
        <source>1 business day</source>
        <translation>1 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="53"/>
        <source>{count} business days</source>
        <translation>{count} 个工作日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="59"/>
        <source>by email</source>
        <translation>通过电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="60"/>
        <source>by phone</source>
        <translation>通过电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="61"/>
        <source>through the client portal</source>
        <translation>通过客户门户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="62"/>
        <source>by letter</source>
        <translation>通过信件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="63"/>
        <source>in person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="66"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="68"/>
        <source>less than a business day ago</source>
        <translation>不到一个工作日前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="70"/>
        <source>{age} ago</source>
        <translation>{age}前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="71"/>
        <source>Received {date} {how}, {when}</source>
        <translation>于 {date} {how}收到，{when}</translation>
    </message>
</context>
<context>
    <name>ReviewRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="101"/>
        <source>Review cancellation request — {client}</source>
        <translation>审核取消申请 — {client}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="122"/>
        <location filename="../../ui/dialogs/review_request.py" line="384"/>
        <source>Approve cancellation</source>
        <translation>批准取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="143"/>
        <source>Deciding a request needs a manager or an administrator; you can read it here.</source>
        <translation>只有经理或管理员才能处理申请；您可以在此查看。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="145"/>
        <source>This request is already {status}; only a pending or waiting request can be decided.</source>
        <translation>此申请的状态已是“{status}”；只有待处理或等待客户的申请才能处理。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="151"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="153"/>
        <source>Rejected by {who}: {reason}</source>
        <translation>由 {who} 拒绝：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="156"/>
        <source>none, the latest invoice was the last</source>
        <translation>无，最新发票即最后一张</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="157"/>
        <source>Approved by {who}; final billing date: {when}.</source>
        <translation>由 {who} 批准；最终账单日：{when}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="159"/>
        <source>Waiting for the client: {note}</source>
        <translation>等待客户：{note}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="161"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="170"/>
        <source>{name} &lt;{email}&gt;, {role} of {client}</source>
        <translation>{name} &lt;{email}&gt;，{client} 的{role}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="172"/>
        <source>{name}, {role} of {client}</source>
        <translation>{name}，{client} 的{role}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="177"/>
        <location filename="../../ui/dialogs/review_request.py" line="179"/>
        <location filename="../../ui/dialogs/review_request.py" line="419"/>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="186"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="192"/>
        <source>From:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="194"/>
        <source>{plan} for {participant}</source>
        <translation>{participant} 的 {plan}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="197"/>
        <source>The whole account (closing it)</source>
        <translation>整个账户（关闭账户）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="198"/>
        <source>Asks to cancel:</source>
        <translation>申请取消：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="199"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="202"/>
        <source>The client&apos;s message</source>
        <translation>客户留言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="205"/>
        <source>No message was recorded.</source>
        <translation>未记录留言。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="207"/>
        <source>Message:</source>
        <translation>留言：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="212"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="216"/>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="216"/>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="217"/>
        <source>Plan:</source>
        <translation>套餐：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="217"/>
        <source>{plan}, {price} {per} ({status})</source>
        <translation>{plan}，{per} {price}（{status}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="219"/>
        <source>Participant:</source>
        <translation>参与者：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="220"/>
        <source>Billing:</source>
        <translation>计费方式：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="225"/>
        <source>{issued} ({status})</source>
        <translation>{issued}（{status}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="228"/>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="229"/>
        <source>Latest invoice:</source>
        <translation>最新发票：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="231"/>
        <source>None: no further invoice will be issued</source>
        <translation>无：不会再开具发票</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="232"/>
        <source>Next billing date:</source>
        <translation>下一账单日：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="237"/>
        <source>Annual, renewed each year on the purchase date</source>
        <translation>按年，每年在购买日续订</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="239"/>
        <source>Monthly, on the day of the month it was bought</source>
        <translation>按月，每月在购买当日计费</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="240"/>
        <source>Monthly, billing day {day}: each invoice covers the next calendar month</source>
        <translation>按月，账单日为每月 {day} 日：每张发票涵盖下一个自然月</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="244"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="248"/>
        <source>&amp;Approve the cancellation</source>
        <translation>批准取消(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="259"/>
        <source>Approving closes the whole account: every running subscription ends at the end of the period its latest invoice paid for, the saved card is removed and the account is marked closing.</source>
        <translation>批准后将关闭整个账户：每个进行中的订阅在其最新发票已付费期间结束时终止，已保存的银行卡将被删除，账户将标记为关闭中。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="265"/>
        <source>Final billing date</source>
        <translation>最终账单日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="266"/>
        <source>The last invoice issued; the subscription ends at the end of the period that invoice pays for.</source>
        <translation>最后开具的一张发票；订阅在该发票所付费期间结束时终止。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="273"/>
        <source>&amp;Final billing date:</source>
        <translation>最终账单日(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="276"/>
        <source>Last invoice:</source>
        <translation>最后一张发票：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="277"/>
        <source>Access ends:</source>
        <translation>访问截止：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="280"/>
        <source>This subscription is {status}: it has no billing date left to end with.</source>
        <translation>此订阅的状态为“{status}”：已没有可作为结束点的账单日。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="284"/>
        <source>Re&amp;ject the request</source>
        <translation>拒绝申请(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="285"/>
        <source>Reason for rejecting</source>
        <translation>拒绝理由</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="286"/>
        <source>Why the request is rejected; the client receives this (required).</source>
        <translation>拒绝申请的原因；客户会收到此内容（必填）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="288"/>
        <source>Mark as &amp;waiting for the client</source>
        <translation>标记为等待客户(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="290"/>
        <source>What the client must send</source>
        <translation>客户需提供的内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="291"/>
        <source>What the client must send or confirm, e.g. proof that they may act for the account (required).</source>
        <translation>客户需要提供或确认的内容，例如其有权代表该账户的证明（必填）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="295"/>
        <source>This request is already waiting for the client; approve or reject it once they answer.</source>
        <translation>此申请已在等待客户；客户答复后请批准或拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="339"/>
        <source>None: the latest invoice is the last (access until {end})</source>
        <translation>无：最新发票即最后一张（访问截止至 {end}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="340"/>
        <source>{date} (access until {end})</source>
        <translation>{date}（访问截止至 {end}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="374"/>
        <source>{date} (end of the day)</source>
        <translation>{date}（当天结束时）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="379"/>
        <source>The latest one, issued {date}</source>
        <translation>最新一张，开具于 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="381"/>
        <source>The latest one, already issued</source>
        <translation>最新一张，已开具</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="384"/>
        <source>Reject request</source>
        <translation>拒绝申请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="385"/>
        <source>Mark as waiting</source>
        <translation>标记为等待</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="399"/>
        <source>Choose an outcome: approve, reject or wait for the client.</source>
        <translation>请选择处理结果：批准、拒绝或等待客户。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="401"/>
        <source>Choose the final billing date.</source>
        <translation>请选择最终账单日。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="403"/>
        <source>Type the reason for rejecting; the client receives it.</source>
        <translation>请输入拒绝理由；客户会收到该理由。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="405"/>
        <source>Type what the client must send before the request can be decided.</source>
        <translation>请输入客户需提供的内容，之后才能处理该申请。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="412"/>
        <source>No email is sent: tell the client what they must send.</source>
        <translation>不会发送电子邮件：请告知客户需要提供什么。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="415"/>
        <source>Nobody is emailed: the client has no account owner with an address and no email.</source>
        <translation>不会通知任何人：客户既没有带地址的账户所有者，也没有电子邮件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="417"/>
        <source>Emailed with the reason: the account owner, {owner}.</source>
        <translation>附带理由发送邮件给：账户所有者 {owner}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="422"/>
        <source>Emailed: the account owner, {owner}; a copy to the account manager, {manager}.</source>
        <translation>邮件发送给：账户所有者 {owner}；抄送客户经理 {manager}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/review_request.py" line="424"/>
        <source>Emailed: the account owner, {owner} (the client has no account manager to copy).</source>
        <translation>邮件发送给：账户所有者 {owner}（客户没有可抄送的客户经理）。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Account owner</source>
        <translation>账户所有者</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="78"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="83"/>
        <source>Only an administrator can change the settings; you can view them here.</source>
        <translation>只有管理员才能更改设置；您可以在此查看。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="101"/>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="109"/>
        <source>Changing settings needs an administrator</source>
        <translation>只有管理员才能更改设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="174"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="176"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="176"/>
        <source>Organisation name</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="178"/>
        <source>Receives the notifications about client requests, expiring cards and failed automatic payments.</source>
        <translation>接收有关客户申请、银行卡即将到期和自动扣款失败的通知。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="180"/>
        <source>Main &amp;email:</source>
        <translation>主电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="180"/>
        <source>Organisation main email</source>
        <translation>组织主电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="185"/>
        <source>Language of its e&amp;mails:</source>
        <translation>邮件语言(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="186"/>
        <source>Language of the organisation&apos;s emails</source>
        <translation>组织邮件的语言</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="190"/>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="194"/>
        <source>Most active &amp;seats to cancel:</source>
        <translation>可取消的最多活跃席位(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="195"/>
        <source>Most active seats to cancel</source>
        <translation>可取消的最多活跃席位数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="197"/>
        <source>A client with more active paid seats cannot be cancelled, closed or deactivated until seats are reduced.</source>
        <translation>活跃付费席位多于此数的客户，在减少席位之前无法取消、关闭或停用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="200"/>
        <source>Allow managers to &amp;revoke a cancellation</source>
        <translation>允许经理撤销取消(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="202"/>
        <source>Allow managers to revoke a cancellation</source>
        <translation>允许经理撤销取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="204"/>
        <source>Billing then resumes as if the subscription had never been cancelled.</source>
        <translation>之后计费将恢复，如同该订阅从未被取消。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="208"/>
        <source>Client cancellation requests:</source>
        <translation>客户的取消申请：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="211"/>
        <source>Wait for a manager&apos;s &amp;approval (default)</source>
        <translation>等待经理批准(&amp;A)（默认）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="213"/>
        <source>Cancel &amp;immediately at the end of the paid period</source>
        <translation>立即取消，在已付费期间结束时生效(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="226"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="227"/>
        <source>&amp;Purge deactivated accounts after:</source>
        <translation>停用账户的清除期限(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="228"/>
        <source>Days before a deactivated account is purged</source>
        <translation>停用账户被清除前的天数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="230"/>
        <source>Until then a manager can revoke the deactivation.</source>
        <translation>在此之前，经理可以撤销停用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="234"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="236"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="237"/>
        <source>SMTP ser&amp;ver:</source>
        <translation>SMTP 服务器(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="237"/>
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="239"/>
        <source>Without a server, emails wait in the Outbox, where they can be saved as .eml files.</source>
        <translation>未设置服务器时，邮件将留在发件箱中，可在那里另存为 .eml 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="242"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="242"/>
        <source>SMTP port</source>
        <translation>SMTP 端口</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="245"/>
        <source>None (not encrypted)</source>
        <translation>无（不加密）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="245"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="245"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="248"/>
        <source>SMTP connection security</source>
        <translation>SMTP 连接安全性</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="248"/>
        <source>Sec&amp;urity:</source>
        <translation>安全性(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="250"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="250"/>
        <source>SMTP user</source>
        <translation>SMTP 用户名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="253"/>
        <source>Leave empty to keep the stored password</source>
        <translation>留空则保留已存储的密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="254"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="254"/>
        <source>SMTP password</source>
        <translation>SMTP 密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="256"/>
        <source>Stored in the operating system&apos;s keyring, never in the database or a file.</source>
        <translation>存储在操作系统的密钥环中，绝不会存入数据库或文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="258"/>
        <source>Empty: the organisation&apos;s main email</source>
        <translation>留空：使用组织的主电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="259"/>
        <source>Sen&amp;der address:</source>
        <translation>发件人地址(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="259"/>
        <source>Sender address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="359"/>
        <source>Type the SMTP user as well: the password is stored under that user name. Nothing was saved.</source>
        <translation>请同时输入 SMTP 用户名：密码按该用户名存储。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="375"/>
        <source>Storing the SMTP password in the OS keyring…</source>
        <translation>正在将 SMTP 密码存储到系统密钥环…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="395"/>
        <source>The other settings were saved, but the SMTP password was not stored. {reason}</source>
        <translation>其他设置已保存，但 SMTP 密码未能存储。{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="397"/>
        <source>The SMTP password was not stored. {reason}</source>
        <translation>SMTP 密码未能存储。{reason}</translation>
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
        <location filename="../../ui/side_pages.py" line="61"/>
        <location filename="../../ui/side_pages.py" line="76"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="85"/>
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="85"/>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="85"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/side_pages.py" line="85"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Trial</source>
        <translation>试用</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Closing</source>
        <translation>关闭中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Deactivating</source>
        <translation>停用中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Purged</source>
        <translation>已清除</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Cancelling</source>
        <translation>取消中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Open (unpaid)</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Credited</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Waiting for the client</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>VoidInvoiceDialog</name>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="56"/>
        <location filename="../../ui/dialogs/void_invoice.py" line="70"/>
        <source>Void invoice</source>
        <translation>作废发票</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="80"/>
        <source>Latest invoice</source>
        <translation>最新发票</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="83"/>
        <source>Subscription:</source>
        <translation>订阅：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="84"/>
        <source>{plan} for {participant}</source>
        <translation>{participant} 的 {plan}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="89"/>
        <source>Issued:</source>
        <translation>开具日期：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="90"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="90"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="92"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="93"/>
        <source>Paid:</source>
        <translation>已付：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="101"/>
        <source>Voiding credits the whole invoice ({amount}), removes {plan} from the client&apos;s purchases (its invoices stay under billing) and ends access now, today {today}. It cannot be undone.</source>
        <translation>作废将冲销整张发票（{amount}），从客户的购买中移除 {plan}（其发票仍保留在账单中），并于今天 {today} 立即终止访问。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="111"/>
        <source>Also record a &amp;refund of</source>
        <translation>同时登记退款(&amp;R)，金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="113"/>
        <source>Record a refund</source>
        <translation>登记退款</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="116"/>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="122"/>
        <source>at most {paid}, what was paid</source>
        <translation>最多 {paid}，即已付金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/void_invoice.py" line="125"/>
        <source>Nothing was paid on this invoice, so there is nothing to refund.</source>
        <translation>此发票未付任何款项，因此无需退款。</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../ui/app.py" line="192"/>
        <source>Account Desk</source>
        <translation>Account Desk</translation>
    </message>
</context>
</TS>
