package com.buyerjourneykit.dsl.words;

/** The guide's sections, the journey's steps and their statuses, as scenarios say them; the codes are the app's. */
public final class JourneyWords {
    public static final Words SECTIONS = Words.of("guide section")
            .code("alipay-account", "Alipay personal account", "личный кабинет Alipay", "Alipay kişisel hesabı", "支付宝个人账户")
            .code("1688-account", "1688 account", "аккаунт 1688", "1688 hesabı", "1688账户")
            .code("world-account", "World account", "учетная запись World", "World hesabı", "World账户")
            .code("authorise-1688", "authorising the 1688 account with WorldFirst", "авторизация аккаунта 1688 в WorldFirst",
                    "1688 hesabının WorldFirst’te yetkilendirilmesi", "在万里汇授权1688账户")
            .code("top-up-cnh", "top-up into World Account", "пополнение счета в World Account",
                    "World Account’a bakiye yükleme", "为World账户充值")
            .code("order", "order on 1688.com", "заказ на 1688.com", "1688.com’da sipariş", "在1688.com下单")
            .code("pay", "payment on 1688.com", "оплата на сайте 1688.com", "1688.com’da ödeme", "在1688.com付款");

    /** Each step by the title the guide gives it (the app shows the same titles). */
    public static final Words STEPS = Words.of("journey step")
            .code("alipay-sms-code", "Enter code for account verification", "Введите код для проверки учетной записи",
                    "Doğrulama kodunu girin", "输入校验码验证账户")
            .code("alipay-identity", "Verify Identity", "Подтверждение личности", "Kimliğinizi doğrulayın", "身份认证")
            .code("alipay-address", "Register location and address", "Местонахождение и адрес регистрации",
                    "Lokasyon ve adres bilgilerini girin", "登记所在地和地址")
            .code("alipay-personal-details", "Complete Personal Details", "Заполните личные данные",
                    "Kişisel bilgilerinizi tamamlayın", "完善个人信息")
            .code("1688-registration", "Register for a 1688 personal account", "Зарегистрируйте личный кабинет 1688",
                    "1688 hesabınızı açın - Kişisel Hesap", "个人账户注册")
            .code("1688-sms-code", "Enter the verification code sent to your mobile",
                    "Введите код подтверждения, отправленный на ваш мобильный", "Telefonunuza gönderilen doğrulama kodunu girin",
                    "输入手机收到的校验码")
            .code("1688-alipay-verification", "Verify your 1688 account with Alipay personal account",
                    "Подтвердите свой аккаунт 1688 с помощью личного кабинета Alipay",
                    "1688 hesabını Alipay kişisel hesabınızla doğrulayın", "支付宝账户管理：现在去认证")
            .code("world-account", "Register for a World account", "Зарегистрируйте учетную запись World", "World Hesap açın",
                    "注册World账户")
            .code("worldpay-authorisation", "Authorise your 1688 account with WorldFirst", "Авторизуйте свой аккаунт 1688 в WorldFirst",
                    "WorldFirst hesabınızı 1688 hesabı için yetkilendirin", "在万里汇授权您的1688账户")
            .code("receiving-account", "Create new receiving account", "Создать новый приемный счет", "Yeni alıcı hesabı oluştur",
                    "创建新的收款账户")
            .code("cnh-conversion", "Convert funds into CNH", "Конвертировать средства в CNH", "Paranızı CNH’ye çevirin",
                    "将资金兑换为CNH")
            .code("1688-order", "Make the order on 1688.com", "Сделайте заказ на 1688.com", "1688.com üzerinden sipariş oluşturun",
                    "在1688.com下单")
            .code("1688-payment", "Make payment on 1688.com", "Произведите оплату на сайте 1688.com", "1688.com üzerinde ödeme yapın",
                    "在1688.com付款");

    public static final Words STATUSES = Words.of("step status")
            .code("done", "done", "выполнен", "tamamlandı", "已完成")
            .code("skipped", "skipped", "пропущен", "atlandı", "已跳过")
            .code("todo", "to do", "предстоит", "yapılacak", "待完成");

    private JourneyWords() {
    }
}
