# language: tr
@section-3 @worldfirst
Özellik: World hesabı — WorldFirst hesabı nasıl açılır?
  World Hesap nasıl açılır? portal.worldfirst.com/register ‘ı ziyaret edin ve gerekli
  bilgilerinizi girin. İşletmeniz nerede? İşletmenizin kayıtlı olduğu ülkeyi ya da kayıtlı değilse
  faaliyet gösterdiğiniz ana ülkeyi seçin. Hesabınızı oluşturun: iletişim adı (ad, soyad), “Kod
  gönder” ile e-posta ya da telefon numarası, World hesabınız için bir giriş şifresi, davet kodu
  (isteğe bağlı), “Piyasa analizlerini almak istiyorum” (isteğe bağlı); hesap oluşturarak
  koşulları kabul etmiş olursunuz.

  World hesabınızı neden bağlamalısınız? World hesap çoklu döviz işlemlerinde aşağıdaki hizmetleri
  sağlar: ödeme alma, paranızı farklı döviz kurlarıyla yönetebilme ve ödeme yapma — yüksek oranlar
  FX dönüşümlerinde avantaj sağlar.

  Rehberin söylemediği yerlerde bizim kurallarımız: kod 6 hanelidir, 10 dakika geçerlidir, 60
  saniye sonra yenisi istenebilir ve 5 yanlış girişte kilitlenir; şifre 8 ile 32 karakter
  arasıdır, büyük harf, küçük harf ve rakam içerir; her yolculukta bir World hesabı açılır.

  Geçmiş:
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış

  @SCN-WFA-01 @WFA-01 @WFA-02
  Senaryo: Alıcı, telefonuna SMS ile gelen kodla World hesabını açar
    Eğer ki alıcı WorldFirst’ten SMS ile kod ister
    O zaman alıcının maskelenerek gösterilen telefon numarasına 10 dakika geçerli bir WorldFirst kodu gönderilir
    Eğer ki alıcı gelen kodla World hesabını oluşturur
    O zaman World hesabı açılır

  @SCN-WFA-02 @WFA-02
  Senaryo: Alıcı, e-postayla gelen kodla World hesabını açar
    Eğer ki alıcı WorldFirst’ten e-posta ile kod ister
    O zaman alıcının maskelenerek gösterilen e-posta adresine bir WorldFirst kodu gönderilir
    Eğer ki alıcı gelen kodla World hesabını oluşturur
    O zaman World hesabı açılır

  @SCN-WFA-03 @WFA-01
  Senaryo taslağı: İşletmenin kayıtlı olduğu ya da faaliyet gösterdiği ülke, ülke koduyla seçilir
    Diyelim ki alıcı WorldFirst’ten SMS ile kod istemiş
    Eğer ki alıcı işletmenin ülkesi olarak "<country>" seçip World hesabını oluşturur
    O zaman World hesabı açılır

    Örnekler:
      | country |
      | MY      |
      | SG      |
      | TR      |

  @SCN-WFA-04 @WFA-02
  Senaryo taslağı: Büyük harf, küçük harf ve rakam içeren 8-32 karakterlik şifre kabul edilir
    Diyelim ki alıcı WorldFirst’ten SMS ile kod istemiş
    Eğer ki alıcı "<password>" şifresiyle World hesabını oluşturur
    O zaman World hesabı açılır

    Örnekler:
      | password                         |
      | Abcdef12                         |
      | Abcdefghijklmnopqrstuvwxyz123456 |

  @SCN-WFA-05 @WFA-02
  Senaryo taslağı: Çok kısa, çok uzun ya da büyük harf, küçük harf ve rakam içermeyen şifre reddedilir
    Diyelim ki alıcı WorldFirst’ten SMS ile kod istemiş
    Eğer ki alıcı "<password>" şifresiyle World hesabını oluşturur
    O zaman istek reddedilir: "password" alanı "<rule>" kuralını ihlal ediyor

    Örnekler:
      | password                          | rule                  |
      | Abcde12                           | 8-to-32-characters    |
      | Abcdefghijklmnopqrstuvwxyz1234567 | 8-to-32-characters    |
      | abcdefg1                          | upper-lower-and-digit |
      | ABCDEFG1                          | upper-lower-and-digit |
      | Abcdefgh                          | upper-lower-and-digit |

  @SCN-WFA-06 @WFA-02
  Senaryo: Davet kodu girilebilir ve piyasa analizleri seçilebilir
    Diyelim ki alıcı WorldFirst’ten SMS ile kod istemiş
    Eğer ki alıcı "WF2025" davet koduyla ve piyasa analizlerini almak isteyerek World hesabını oluşturur
    O zaman World hesabı piyasa analizleri seçili olarak açılır

  @SCN-WFA-14 @WFA-02
  Senaryo: Davet kodu ve piyasa analizleri isteğe bağlıdır
    Diyelim ki alıcı WorldFirst’ten SMS ile kod istemiş
    Eğer ki alıcı davet kodu girmeden ve piyasa analizlerini seçmeden World hesabını oluşturur
    O zaman World hesabı piyasa analizleri seçilmeden açılır

  @SCN-WFA-07 @WFA-02
  Senaryo: Koşullar kabul edilmeden hesap oluşturulmaz
    Diyelim ki alıcı WorldFirst’ten SMS ile kod istemiş
    Eğer ki alıcı koşulları kabul etmeden World hesabını oluşturur
    O zaman istek reddedilir: "termsAccepted" alanı "accepted" kuralını ihlal ediyor

  @SCN-WFA-08 @WFA-02
  Senaryo: Yanlış kod reddedilir ve deneme olarak sayılır
    Diyelim ki alıcı WorldFirst’ten SMS ile kod istemiş
    Eğer ki alıcı yanlış bir kodla World hesabını oluşturmaya çalışır
    O zaman kod yanlış olduğu için reddedilir, 4 deneme hakkı kalır

  @SCN-WFA-09 @WFA-02
  Senaryo: Beş yanlış denemeden sonra kod kilitlenir ve doğru kod da artık geçmez
    Diyelim ki alıcı WorldFirst’ten SMS ile kod istemiş
    Eğer ki alıcı 5 kez yanlış kodla World hesabını oluşturmaya çalışır
    Ve alıcı gelen kodla World hesabını oluşturur
    O zaman kod kilitlendiği için reddedilir

  @SCN-WFA-10 @WFA-02
  Senaryo: 10 dakikadan eski kod süresi dolmuş olarak reddedilir
    Diyelim ki alıcı WorldFirst’ten SMS ile kod istemiş
    Eğer ki aradan 10 dakika geçer
    Ve alıcı gelen kodla World hesabını oluşturur
    O zaman süresi dolduğu için kod reddedilir

  @SCN-WFA-11 @WFA-02
  Senaryo: 60 saniye geçmeden yeni kod istenemez
    Diyelim ki alıcı WorldFirst’ten SMS ile kod istemiş
    Eğer ki aradan 5 saniye geçer
    Ve alıcı WorldFirst’ten SMS ile kod ister
    O zaman yeni kod isteği reddedilir, geri sayımın bitmesine 55 saniye var

  @SCN-WFA-12 @WFA-02
  Senaryo: Bir yolculukta tek bir World hesabı vardır
    Diyelim ki alıcı World hesabını açmış
    Eğer ki alıcı WorldFirst’ten SMS ile kod ister
    Ve alıcı gelen kodla World hesabını oluşturur
    O zaman "World Hesap açın" adımı zaten tamamlandığından istek reddedilir

  @SCN-WFA-13 @WFA-03 @ui
  Senaryo: Alıcıya World hesabının neden gerektiği anlatılır
    O zaman World hesabı sayfası alıcıya World hesabının neden gerektiğini anlatır
