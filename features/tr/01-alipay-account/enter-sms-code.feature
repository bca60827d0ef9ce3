# language: tr
@section-1 @alipay
Özellik: Alipay kişisel hesabı — SMS ile gelen doğrulama kodunu girin
  Alipay kişisel hesabına neden ihtiyacınız var?
  1688 hesabınızın doğrulanması için Alipay kişisel hesabınıza ihtiyaç duyulmaktadır.
  Eğer 1688 hesabınız doğrulanmışsa, bu adımı geçebilirsiniz.

  Alipay kişisel hesabınızı açmak için kaydolun: "Doğrulama kodunu girin" — kod telefonunuza
  SMS ile gelir; yeni bir kod ancak geri sayım bittikten sonra istenebilir ("Resend(54s)").
  Kod 6 hanelidir, yeni kod 60 sn sonra istenebilir, 5 dakika geçerlidir, bir kez kullanılır,
  5 yanlış giriş kodu kilitler ve kod yalnızca gönderildiği numara için geçerlidir.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış

  @SCN-ALI-CODE-01 @ALI-02 @ui
  Senaryo: Doğru kod kabul edilir
    Eğer ki alıcı Alipay’den doğrulama kodu ister
    Ve alıcı SMS ile gelen kodu girer
    O zaman kod kabul edilir

  @SCN-ALI-CODE-02 @ALI-02 @ALI-07 @ui
  Senaryo: Yanlış kod reddedilir ve deneme olarak sayılır
    Diyelim ki alıcı Alipay’den doğrulama kodu istemiş
    Eğer ki alıcı yanlış bir kod girer
    O zaman kod yanlış olduğu için reddedilir, 4 deneme hakkı kalır

  @SCN-ALI-CODE-03 @ALI-03 @ui
  Senaryo taslağı: Geri sayım bitmeden yapılan yeni kod isteği reddedilir
    Diyelim ki alıcı Alipay’den doğrulama kodu istemiş
    Eğer ki aradan <elapsed> saniye geçer
    Ve alıcı yeni bir kod ister
    O zaman yeni kod isteği reddedilir, geri sayımın bitmesine <left> saniye var

    Örnekler:
      | elapsed | left |
      | 0       | 60   |
      | 6       | 54   |
      | 59      | 1    |

  @SCN-ALI-CODE-04 @ALI-03 @ALI-07
  Senaryo: Geri sayımdan sonra yeni kod gelir ve önceki kod geçersiz olur
    Diyelim ki alıcı Alipay’den doğrulama kodu istemiş
    Eğer ki aradan 60 saniye geçer
    Ve alıcı yeni bir kod ister
    O zaman SMS ile yeni bir kod gelir
    Eğer ki alıcı önceki kodu girer
    O zaman kod yanlış olduğu için reddedilir, 4 deneme hakkı kalır
    Eğer ki alıcı SMS ile gelen kodu girer
    O zaman kod kabul edilir

  @SCN-ALI-CODE-05 @ALI-07 @ui
  Senaryo: Süresi dolmuş kod reddedilir
    Diyelim ki alıcı Alipay’den doğrulama kodu istemiş
    Eğer ki aradan 5 dakika geçer
    Ve alıcı SMS ile gelen kodu girer
    O zaman süresi dolduğu için kod reddedilir

  @SCN-ALI-CODE-06 @ALI-07
  Senaryo: Kod geçerliliğinin son saniyesinde hâlâ kabul edilir
    Diyelim ki alıcı Alipay’den doğrulama kodu istemiş
    Eğer ki aradan 299 saniye geçer
    Ve alıcı SMS ile gelen kodu girer
    O zaman kod kabul edilir

  @SCN-ALI-CODE-07 @ALI-07
  Senaryo: Kod yalnızca bir kez kullanılır
    Diyelim ki alıcı Alipay’den doğrulama kodu istemiş
    Ve alıcı SMS ile gelen kodu girmiş
    Eğer ki alıcı SMS ile gelen kodu girer
    O zaman kod daha önce kullanıldığı için reddedilir

  @SCN-ALI-CODE-08 @ALI-07 @ui
  Senaryo: Altıncı girişte kod kilitlidir
    Diyelim ki alıcı Alipay’den doğrulama kodu istemiş
    Eğer ki alıcı 5 kez yanlış kod girer
    O zaman kod yanlış olduğu için reddedilir, 0 deneme hakkı kalır
    Eğer ki alıcı SMS ile gelen kodu girer
    O zaman kod kilitlendiği için reddedilir

  @SCN-ALI-CODE-09 @ALI-03 @ALI-07
  Senaryo: Kilitlenen kodun yerine geri sayım bitince yeni kod alınır
    Diyelim ki alıcı Alipay’den doğrulama kodu istemiş
    Ve alıcı 5 kez yanlış kod girmiş
    Eğer ki aradan 60 saniye geçer
    Ve alıcı yeni bir kod ister
    Ve alıcı SMS ile gelen kodu girer
    O zaman kod kabul edilir

  @SCN-ALI-CODE-10 @ALI-07
  Senaryo: Kod yalnızca gönderildiği numara için geçerlidir
    Diyelim ki alıcı Alipay’den doğrulama kodu istemiş
    Ve telefon numarası "+60" ile başlayan başka bir alıcı Alipay’den doğrulama kodu istemiş
    Eğer ki alıcı diğer alıcıya gelen kodu girer
    O zaman kod yanlış olduğu için reddedilir, 4 deneme hakkı kalır

  @SCN-ALI-CODE-11 @ALI-07
  Senaryo: Kod gönderilmemiş bir numaraya önce kod istemesi söylenir
    Eğer ki alıcı "123456" kodunu girer
    O zaman bu numara için kod istenmediğinden kod reddedilir

  @SCN-ALI-CODE-12 @ALI-02 @ui
  Senaryo taslağı: Hatalı ya da başka bir ülkeye ait telefon numarası reddedilir; yanıt hangi alanın hangi kuralı ihlal ettiğini söyler
    Eğer ki biri "<country code>" "<mobile>" numarasına Alipay’den doğrulama kodu ister
    O zaman istek reddedilir: "<field>" alanı "<rule>" kuralını ihlal ediyor

    Örnekler:
      | country code | mobile     | field       | rule                      |
      | +60          | 12345      | mobile      | mobile-number-for-country |
      | +60          | 2025550123 | mobile      | mobile-number-for-country |
      | +60          | 12-34x-567 | mobile      | digits-only               |
      | +60          |            | mobile      | required                  |
      | +999         | 123456789  | countryCode | known-country-code        |
      | 60           | 123456789  | countryCode | known-country-code        |
      |              | 123456789  | countryCode | required                  |

  @SCN-ALI-CODE-13 @ALI-02 @ALI-07
  Senaryo taslağı: Yanlış biçimdeki kod reddedilir ve deneme olarak sayılmaz
    Diyelim ki alıcı Alipay’den doğrulama kodu istemiş
    Eğer ki alıcı "<code>" kodunu girer
    O zaman istek reddedilir: "code" alanı "<rule>" kuralını ihlal ediyor
    Eğer ki alıcı yanlış bir kod girer
    O zaman kod yanlış olduğu için reddedilir, 4 deneme hakkı kalır

    Örnekler:
      | code    | rule       |
      | 12345   | six-digits |
      | 1234567 | six-digits |
      | 12a456  | six-digits |
      |         | required   |
