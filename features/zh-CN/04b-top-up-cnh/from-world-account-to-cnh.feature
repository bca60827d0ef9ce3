# language: zh-CN
@section-4b @worldfirst @journey
功能: 第3至4B步一次完成——从World账户到CNH余额
  1688账户已通过支付宝认证的买家开通World账户，为World Pay（跨境宝）授权1688账号，预览后创建
  CNH收款账户，收到SGD，按1 SGD = 5.4560 CNH将SGD兑换为CNH，并看到用于支付1688.com采购的CNH
  余额。在CNH余额到账之前，流程的下一步是兑换。

  @SCN-TOP-20 @WFA-01 @WFA-02 @AUTH-01 @AUTH-03 @TOP-02 @TOP-04 @TOP-05 @TOP-07 @ui
  场景: 开通World账户，授权1688账号，创建CNH账户，收到SGD并兑换为CNH
    假如一位使用"+60"手机号码的买家
    而且买家已开始流程
    而且买家已有一个已绑定已认证的1688账户
    而且买家用已有的1688账户登录
    而且已有的1688账户已关联，且已认证
    当买家请万里汇通过短信发送验证码
    而且买家用收到的验证码创建World账户
    那么World账户开通成功
    而且下一步是"worldpay-authorisation"
    当买家在万里汇授权1688账号"buyer"
    而且买家输入收到的验证码确认授权
    那么1688账号"buyer"已成功开通World Pay（跨境宝）服务
    当买家预览"CNH"收款账户，账户名称为"My CNH"
    那么预览显示"CNH"收款账户，名称为"My CNH"，开户银行为"JP Morgan Chase"，所在地为"Hong Kong"
    当买家创建"CNH"收款账户，账户名称为"My CNH"
    那么"CNH"收款账户已即时创建并生效，账号为12位数字
    而且下一步是"cnh-conversion"
    而且买家的World账户已收到"1000.00""SGD"
    当买家申请将"100.00""SGD"兑换为"CNH"
    那么报价为"100.00""SGD"兑换"545.60""CNH"，汇率"5.4560"
    当买家确认报价
    那么"100.00""SGD"已兑换为"545.60""CNH"
    而且买家的"CNH"余额为"545.60"
