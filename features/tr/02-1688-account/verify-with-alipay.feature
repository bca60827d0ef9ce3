# language: tr
@section-2 @1688
Özellik: 1688 hesabı — 1688 hesabını Alipay kişisel hesabınızla doğrulayın
  1688 hesabını Alipay kişisel hesabınızla doğrulayın: 1. Alipay üzerinde “Hesap Yönetimi”ne
  tıklayın (支付宝账户管理), 2. Hesabınızı doğrulamak için ‘现在去认证’e tıklayın. Hesabınız
  doğrulandığında (已绑定已认证), WorldFirst hesabınızı 1688 ödemelerinizi yapmak üzere
  yetkilendirebilirsiniz.

  Alipay kişisel hesabına neden ihtiyacınız var? 1688 hesabınızın doğrulanması için Alipay kişisel
  hesabınıza ihtiyaç duyulmaktadır. Eğer 1688 hesabınız doğrulanmışsa, bu adımı geçebilirsiniz.
  Doğrulanmış bir 1688 hesabı olan alıcı onunla giriş yapar ve Alipay adımı atlanır; Alipay kişisel
  hesabını doğrudan Alipay’de açmış bir alıcının ikinci bir hesaba ihtiyacı yoktur.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış

  @SCN-VER-01 @REG-02 @REG-04 @REG-05 @VER-01 @VER-02 @ui
  Senaryo: Alıcı 1688 kişisel hesabını açar ve Alipay ile doğrular
    Diyelim ki alıcı Alipay kişisel hesabını tamamlamış
    Eğer ki alıcı 1688 kişisel hesabını açar
    Ve alıcı SMS ile gelen 1688 kodunu girer
    Ve alıcı 1688 hesabını Alipay ile doğrular
    O zaman 1688 hesabı bağlanır ve doğrulanır
    Ve alıcının yolculuğunda Alipay hesabı "tamamlandı", 1688 hesabı "tamamlandı" görünür

  @SCN-VER-02 @VER-02 @JRN-02
  Senaryo: 1688 hesabı açılmadan önce doğrulama reddedilir
    Diyelim ki alıcı Alipay kişisel hesabını tamamlamış
    Eğer ki alıcı 1688 hesabını Alipay ile doğrular
    O zaman "1688 hesabınızı açın - Kişisel Hesap" adımı tamamlanana kadar istek reddedilir

  @SCN-VER-03 @VER-02 @JRN-02
  Senaryo: Alıcının Alipay kişisel hesabı yokken doğrulama reddedilir
    Diyelim ki alıcı 1688 kişisel hesabını açmış
    Eğer ki alıcı 1688 hesabını Alipay ile doğrular
    O zaman "Doğrulama kodunu girin" adımı tamamlanana kadar istek reddedilir
    Ve alıcının yolculuğunda Alipay hesabı "yapılacak", 1688 hesabı "yapılacak" görünür

  @SCN-VER-04 @VER-02 @JRN-02
  Senaryo: Alipay kişisel hesabı tamamlanmadan doğrulama, sıradaki Alipay adımını belirtir
    Diyelim ki alıcı Alipay’den doğrulama kodu istemiş
    Ve alıcı SMS ile gelen kodu girmiş
    Ve alıcı 1688 kişisel hesabını açmış
    Eğer ki alıcı 1688 hesabını Alipay ile doğrular
    O zaman "Kimliğinizi doğrulayın" adımı tamamlanana kadar istek reddedilir

  @SCN-VER-05 @JRN-03 @VER-02 @ui
  Senaryo: Zaten doğrulanmış bir 1688 hesabı Alipay adımını atlar
    Diyelim ki alıcının Alipay ile doğrulanmış bir 1688 hesabı zaten var
    Eğer ki alıcı mevcut 1688 hesabıyla giriş yapar
    O zaman mevcut 1688 hesabı zaten doğrulanmış olarak bağlanır
    Ve alıcının yolculuğunda Alipay hesabı "atlandı", 1688 hesabı "tamamlandı" görünür

  @SCN-VER-06 @JRN-03 @VER-01
  Senaryo: Henüz doğrulanmamış bir 1688 hesabı Alipay adımını korur, sonra doğrulanır
    Diyelim ki alıcının Alipay ile henüz doğrulanmamış bir 1688 hesabı zaten var
    Eğer ki alıcı mevcut 1688 hesabıyla giriş yapar
    O zaman mevcut 1688 hesabı henüz doğrulanmamış olarak bağlanır
    Ve alıcının yolculuğunda Alipay hesabı "yapılacak", 1688 hesabı "yapılacak" görünür
    Diyelim ki alıcı Alipay kişisel hesabını tamamlamış
    Eğer ki alıcı 1688 hesabını Alipay ile doğrular
    O zaman 1688 hesabı bağlanır ve doğrulanır

  @SCN-VER-07 @JRN-03
  Senaryo: Yanlış şifreyle giriş reddedilir ve hiçbir şey bağlanmaz
    Diyelim ki alıcının Alipay ile doğrulanmış bir 1688 hesabı zaten var
    Eğer ki alıcı mevcut 1688 hesabıyla yanlış bir şifreyle giriş yapar
    O zaman üye adı ya da şifre yanlış olduğundan giriş reddedilir
    Ve alıcının yolculuğunda Alipay hesabı "yapılacak", 1688 hesabı "yapılacak" görünür

  @SCN-VER-08 @VER-01 @VER-02
  Senaryo: Doğrudan Alipay’de açılmış bir Alipay kişisel hesabı 1688 hesabını doğrulamak için yeterlidir
    Diyelim ki alıcı Alipay kişisel hesabını doğrudan Alipay’de açmış
    Ve alıcı 1688 kişisel hesabını açmış
    Eğer ki alıcı 1688 hesabını Alipay ile doğrular
    O zaman 1688 hesabı bağlanır ve doğrulanır
    Ve alıcının yolculuğunda Alipay hesabı "tamamlandı", 1688 hesabı "tamamlandı" görünür
