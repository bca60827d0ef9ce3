# language: tr
@section-4a @worldfirst
Özellik: World Pay — WorldFirst hesabını, 1688 hesabı için yetkilendirme
  Hesabınız doğrulandığında (已绑定已认证), WorldFirst hesabınızı 1688 ödemelerinizi yapmak üzere
  yetkilendirebilirsiniz. WorldFirst portalında ‘Ödemeler’ sayfasını açın > ‘World Pay’ sekmesine
  tıklayın, 1688 için ‘Ayrıntıları görüntüle ve kaydol’u seçin, ‘Authorise 1688.com accounts’a
  tıklayın. Güvenlik nedeniyle 1688.com kişisel hesabınızın kişisel bilgileri gösterilmez.
  Kullanım koşullarını ve dokümanları onaylayın, ardından telefon numaranıza gönderilen 6 haneli
  doğrulama kodunu girin (“Tekrar gönder (57)”, “Yöntemi değiştir”, “Onayla”). Yetkilendirme
  işleminiz başarıyla tamamlandı: “World Pay (跨境宝) hizmetini başarıyla etkinleştirdiniz”;
  “1688.com hesaplarını yönet” sayfasına dönün.

  World Pay × 1688 SSS’den: bir WorldFirst hesabına birden çok 1688.com hesabı bağlanabilir, ama
  bir 1688.com hesabı yalnızca tek bir WorldFirst hesabına bağlanabilir. Daha önce bir Alipay
  International hesabına bağlanmış bir 1688.com hesabının önce oradan bağlantısı kaldırılmalı,
  sonra WorldFirst’te yeniden yetkilendirilmelidir. 1688.com hesabınızı bağlayamıyorsanız, hesabın
  Alipay kimlik doğrulamasını tamamlayıp tamamlamadığını kontrol edin.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış

  @SCN-AUTH-01 @AUTH-01 @AUTH-02 @AUTH-03 @VER-02
  Senaryo: Alıcı doğrulanmış bir 1688 ID’sini yetkilendirir ve World Pay’i etkinleştirir
    Diyelim ki alıcı World hesabını açmış
    Ve alıcının Alipay ile doğrulanmış "shop" adlı bir 1688 hesabı var
    Eğer ki alıcı "shop" 1688 ID’sini WorldFirst’te yetkilendirir
    O zaman yetkilendirmeyi onaylamak için alıcının maskelenerek gösterilen telefon numarasına 6 haneli bir kod gönderilir
    Ve 1688 hesabının kişisel bilgileri gösterilmez
    Eğer ki alıcı gelen kodla yetkilendirmeyi onaylar
    O zaman "shop" 1688 ID’si için World Pay (跨境宝) hizmeti etkinleştirilir
    Ve alıcının World hesabına bağlı 1688.com hesapları: "shop"

  @SCN-AUTH-02 @AUTH-04
  Senaryo: Bir World hesabına birden çok 1688 ID’si bağlanır
    Diyelim ki alıcı World hesabını açmış
    Ve alıcı "shop-a" 1688 ID’sini WorldFirst’te yetkilendirmiş
    Ve alıcının Alipay ile doğrulanmış "shop-b" adlı bir 1688 hesabı var
    # aynı telefon numarasına yeni kod ancak 60 saniyelik geri sayımdan sonra gelir
    Ve aradan 60 saniye geçer
    Eğer ki alıcı "shop-b" 1688 ID’sini WorldFirst’te yetkilendirir
    Ve alıcı gelen kodla yetkilendirmeyi onaylar
    O zaman "shop-b" 1688 ID’si için World Pay (跨境宝) hizmeti etkinleştirilir
    Ve alıcının World hesabına bağlı 1688.com hesapları: "shop-a, shop-b"

  @SCN-AUTH-03 @AUTH-05
  Senaryo: Başka bir World hesabına bağlı 1688 ID’si reddedilir
    Diyelim ki alıcı World hesabını açmış
    Ve başka bir alıcı "shop" 1688 ID’sini kendi World hesabında yetkilendirmiş
    Eğer ki alıcı "shop" 1688 ID’sini WorldFirst’te yetkilendirir
    O zaman 1688 ID’si başka bir World hesabına bağlı olduğundan yetkilendirme reddedilir

  @SCN-AUTH-04 @AUTH-05
  Senaryo: Bu World hesabına zaten bağlı bir 1688 ID’si ikinci kez bağlanmaz
    Diyelim ki alıcı World hesabını açmış
    Ve alıcı "shop" 1688 ID’sini WorldFirst’te yetkilendirmiş
    Eğer ki alıcı "shop" 1688 ID’sini WorldFirst’te yetkilendirir
    O zaman 1688 ID’si zaten yetkilendirilmiş olduğundan yetkilendirme reddedilir
    Ve alıcının World hesabına bağlı 1688.com hesapları: "shop"

  @SCN-AUTH-05 @AUTH-06 @VER-02
  Senaryo: Alipay ile doğrulanmamış bir 1688 hesabı bağlanamaz
    Diyelim ki alıcı World hesabını açmış
    Ve alıcının Alipay ile henüz doğrulanmamış "shop" adlı bir 1688 hesabı var
    Eğer ki alıcı "shop" 1688 ID’sini WorldFirst’te yetkilendirir
    O zaman 1688 hesabı Alipay doğrulamasını tamamlamadığından yetkilendirme reddedilir

  @SCN-AUTH-06 @AUTH-07
  Senaryo: Alipay International’a bağlı 1688 ID’si, oradan bağlantısı kaldırılana kadar reddedilir
    Diyelim ki alıcı World hesabını açmış
    Ve alıcının Alipay ile doğrulanmış "shop" adlı bir 1688 hesabı var
    Ve "shop" 1688 ID’si bir Alipay International hesabına bağlı
    Eğer ki alıcı "shop" 1688 ID’sini WorldFirst’te yetkilendirir
    O zaman 1688 ID’si Alipay International’a bağlı olduğundan yetkilendirme reddedilir
    Eğer ki alıcı "shop" 1688 ID’sinin Alipay International bağlantısını kaldırır
    Ve alıcı "shop" 1688 ID’sini WorldFirst’te yetkilendirir
    Ve alıcı gelen kodla yetkilendirmeyi onaylar
    O zaman "shop" 1688 ID’si için World Pay (跨境宝) hizmeti etkinleştirilir

  @SCN-AUTH-07 @AUTH-01
  Senaryo: Sözleşme onaylanmadan yetkilendirme reddedilir
    Diyelim ki alıcı World hesabını açmış
    Ve alıcının Alipay ile doğrulanmış "shop" adlı bir 1688 hesabı var
    Eğer ki alıcı sözleşmeyi onaylamadan "shop" 1688 ID’sini yetkilendirir
    O zaman istek reddedilir: "agreementAccepted" alanı "accepted" kuralını ihlal ediyor

  @SCN-AUTH-08 @AUTH-01 @JRN-02
  Senaryo: World hesabı açılmadan 1688 ID’si yetkilendirilemez
    Diyelim ki alıcının Alipay ile doğrulanmış "shop" adlı bir 1688 hesabı var
    Eğer ki alıcı "shop" 1688 ID’sini WorldFirst’te yetkilendirir
    O zaman "World Hesap açın" adımı tamamlanana kadar istek reddedilir

  @SCN-AUTH-09 @AUTH-02
  Senaryo: Yanlış yetkilendirme kodu reddedilir ve deneme olarak sayılır
    Diyelim ki alıcı World hesabını açmış
    Ve alıcının Alipay ile doğrulanmış "shop" adlı bir 1688 hesabı var
    Eğer ki alıcı "shop" 1688 ID’sini WorldFirst’te yetkilendirir
    Ve alıcı yanlış bir kodla yetkilendirmeyi onaylamaya çalışır
    O zaman kod yanlış olduğu için reddedilir, 4 deneme hakkı kalır

  @SCN-AUTH-10 @AUTH-02
  Senaryo: Beş yanlış koddan sonra yetkilendirme kodu kilitlenir
    Diyelim ki alıcı World hesabını açmış
    Ve alıcının Alipay ile doğrulanmış "shop" adlı bir 1688 hesabı var
    Eğer ki alıcı "shop" 1688 ID’sini WorldFirst’te yetkilendirir
    Ve alıcı 5 kez yanlış kodla yetkilendirmeyi onaylamaya çalışır
    Ve alıcı gelen kodla yetkilendirmeyi onaylar
    O zaman kod kilitlendiği için reddedilir

  @SCN-AUTH-11 @AUTH-02
  Senaryo: 10 dakikadan eski yetkilendirme kodu süresi dolmuş olarak reddedilir
    Diyelim ki alıcı World hesabını açmış
    Ve alıcının Alipay ile doğrulanmış "shop" adlı bir 1688 hesabı var
    Eğer ki alıcı "shop" 1688 ID’sini WorldFirst’te yetkilendirir
    Ve aradan 10 dakika geçer
    Ve alıcı gelen kodla yetkilendirmeyi onaylar
    O zaman süresi dolduğu için kod reddedilir

  @SCN-AUTH-12 @AUTH-02
  Senaryo: “Tekrar gönder” 60 saniyeden geri sayar, sonra yeni kod işe yarar
    Diyelim ki alıcı World hesabını açmış
    Ve alıcının Alipay ile doğrulanmış "shop" adlı bir 1688 hesabı var
    Eğer ki alıcı "shop" 1688 ID’sini WorldFirst’te yetkilendirir
    Ve aradan 5 saniye geçer
    Ve alıcı WorldFirst’ten yetkilendirme kodunu tekrar göndermesini ister
    O zaman yeni kod isteği reddedilir, geri sayımın bitmesine 55 saniye var
    Eğer ki aradan 60 saniye geçer
    Ve alıcı WorldFirst’ten yetkilendirme kodunu tekrar göndermesini ister
    O zaman yetkilendirmeyi onaylamak için alıcının maskelenerek gösterilen telefon numarasına 6 haneli bir kod gönderilir
    Eğer ki alıcı gelen kodla yetkilendirmeyi onaylar
    O zaman "shop" 1688 ID’si için World Pay (跨境宝) hizmeti etkinleştirilir
