<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="50" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="51" />
        <source>Something went wrong: %1
The details are in the log file.</source>
        <translation>出错了：%1
详细信息已写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="88" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
</context>
<context>
    <name>CodeKind</name>
    <message>
        <location filename="../../ui/screens/devices.py" line="42" />
        <source>waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="43" />
        <source>product barcode</source>
        <translation>商品条码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="44" />
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="45" />
        <source>bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="46" />
        <source>user badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="47" />
        <source>command</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="48" />
        <source>not recognised</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="52" />
        <source>confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="53" />
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="54" />
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="55" />
        <source>reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="58" />
        <source>empty</source>
        <translation>空条码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="59" />
        <source>matches more than one kind</source>
        <translation>可匹配多种类型</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="60" />
        <source>matches no known format</source>
        <translation>不符合任何已知格式</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="61" />
        <source>wrong check digit</source>
        <translation>校验位错误</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="62" />
        <source>no such product</source>
        <translation>无此商品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="63" />
        <source>damaged GS1 data</source>
        <translation>GS1 数据损坏</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="64" />
        <source>GS1 code without a GTIN</source>
        <translation>GS1 条码缺少 GTIN</translation>
    </message>
</context>
<context>
    <name>DevicesScreen</name>
    <message>
        <location filename="../../ui/screens/devices.py" line="153" />
        <source>Scale</source>
        <translation>电子秤</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="154" />
        <source>Scanner test</source>
        <translation>扫描枪测试</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="157" />
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="157" />
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="157" />
        <source>Baud</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="157" />
        <source>Framing</source>
        <translation>数据格式</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="163" />
        <source>Scan here (or anywhere)</source>
        <translation>在此扫描（或任意位置）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="163" />
        <source>Last code</source>
        <translation>上次条码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="163" />
        <source>Taken as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="167" />
        <source>Refresh ports</source>
        <translation>刷新端口</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="168" />
        <source>Apply and reconnect</source>
        <translation>应用并重新连接</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="169" />
        <location filename="../../ui/screens/devices.py" line="191" />
        <source>Simulated scale (sim://)</source>
        <translation>模拟秤（sim://）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/devices.py" line="228" />
        <source>Saved; connecting to %1</source>
        <translation>已保存，正在连接 %1</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <location filename="../../ui/errors.py" line="18" />
        <source>Wrong user name or PIN. %1 attempt(s) left before the account locks.</source>
        <translation>用户名或 PIN 错误。再错 %1 次账号将被锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="23" />
        <source>Wrong user name or PIN, or unknown badge.</source>
        <translation>用户名或 PIN 错误，或工牌无效。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29" />
        <source>This account is locked until %1 after too many wrong PINs. A supervisor can unlock it.</source>
        <translation>PIN 错误次数过多，账号已锁定至 %1。可请主管解锁。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35" />
        <source>This account is disabled.</source>
        <translation>此账号已停用。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37" />
        <source>Your role does not allow this.</source>
        <translation>您的岗位无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40" />
        <source>That badge belongs to another user.</source>
        <translation>该工牌已属于其他用户。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41" />
        <source>User %1 already exists.</source>
        <translation>用户 %1 已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="47" />
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN 须为 4 至 12 位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49" />
        <source>Choose at least one role.</source>
        <translation>请至少选择一个岗位。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51" />
        <source>User name and full name are required.</source>
        <translation>用户名和姓名为必填项。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54" />
        <source>Invalid input.</source>
        <translation>输入无效。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56" />
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58" />
        <source>The database was written by a newer version of Warehouse Station (schema %1). Update this program; the database was not changed.</source>
        <translation>数据库由更新版本的仓库工作站写入（结构版本 %1）。请升级本程序；数据库未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64" />
        <source>The database cannot be reached or is busy. Try again; nothing was saved.</source>
        <translation>数据库无法连接或正忙。请重试；本次操作未保存。</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../ui/screens/login.py" line="74" />
        <source>Warehouse Station</source>
        <translation>仓库工作站</translation>
    </message>
    <message>
        <location filename="../../ui/screens/login.py" line="75" />
        <source>Scan your badge, or enter your user name and PIN</source>
        <translation>请扫描工牌，或输入用户名和 PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/login.py" line="76" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/login.py" line="77" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/login.py" line="78" />
        <source>Log in (Enter)</source>
        <translation>登录（回车）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="143" />
        <source>Warehouse Station - %1</source>
        <translation>仓库工作站 - %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <source>Scanned %1: this screen takes no scans</source>
        <translation>已扫描 %1：本页面不处理扫描</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/screens/registry.py" line="35" />
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="40" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="43" />
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="47" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registry.py" line="53" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Audited</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Batched</source>
        <translation>已分波次</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Picked</source>
        <translation>已拣货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Verified</source>
        <translation>已验货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Weighed</source>
        <translation>已称重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>Held</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../ui/screens/orders.py" line="51" />
        <location filename="../../ui/screens/orders.py" line="63" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="52" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="57" />
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="58" />
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="59" />
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="60" />
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="61" />
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="62" />
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/orders.py" line="64" />
        <source>Remark</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../ui/screens/overview.py" line="41" />
        <source>Hello, %1 (%2)</source>
        <translation>您好，%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/overview.py" line="43" />
        <source>Orders by state</source>
        <translation>各状态订单数</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ui/labels.py" line="13" />
        <source>Supervisor</source>
        <translation>仓库主管</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Order clerk</source>
        <translation>制单专员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Clerk</source>
        <translation>仓库文员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>Picker</source>
        <translation>配货员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Verifier / weigher</source>
        <translation>验货称重专员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Packer</source>
        <translation>打包专员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>QC inspector</source>
        <translation>质检员</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>stable</source>
        <translation>稳定</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>moving</source>
        <translation>晃动中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>overload</source>
        <translation>超载</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>underload</source>
        <translation>欠载</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>negative</source>
        <translation>负值</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>empty</source>
        <translation>空秤</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>waiting for data</source>
        <translation>等待数据</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>disconnected</source>
        <translation>断开</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75" />
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="45" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="46" />
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="47" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="48" />
        <source>Config file</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="49" />
        <source>Log folder</source>
        <translation>日志目录</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="50" />
        <source>Print folder</source>
        <translation>打印输出目录</translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="78" />
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="82" />
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="84" />
        <source>Station: %1</source>
        <translation>工作站：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="86" />
        <source>checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="87" />
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="88" />
        <source>UNREACHABLE</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="90" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="56" />
        <source>Scale: %1</source>
        <translation>电子秤：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="69" />
        <source>Scanner: %1</source>
        <translation>扫描枪：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="95" />
        <source>Printer: %1</source>
        <translation>打印机：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="105" />
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="107" />
        <source>PDF folder</source>
        <translation>PDF 目录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="110" />
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="111" />
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_bar.py" line="112" />
        <source>error</source>
        <translation>故障</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../ui/screens/users.py" line="83" />
        <location filename="../../ui/screens/users.py" line="93" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="84" />
        <location filename="../../ui/screens/users.py" line="94" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="85" />
        <location filename="../../ui/screens/users.py" line="97" />
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="86" />
        <source>Badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="87" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="95" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="96" />
        <source>Badge (optional)</source>
        <translation>工牌（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="104" />
        <source>Unlock selected user</source>
        <translation>解锁所选用户</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="105" />
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="120" />
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="128" />
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="131" />
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="132" />
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="153" />
        <source>User %1 added.</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="159" />
        <source>Select a user first.</source>
        <translation>请先选择一个用户。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="167" />
        <source>User %1 unlocked.</source>
        <translation>已解锁用户 %1。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>Log out (F12)</source>
        <translation>退出登录（F12）</translation>
    </message>
</context>
</TS>