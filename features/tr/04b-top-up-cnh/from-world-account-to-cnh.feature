# language: tr
@section-4b @worldfirst @journey
Özellik: 3’ten 4B’ye kadar tek seferde — World hesabından CNH bakiyesine
  1688 hesabı Alipay ile zaten doğrulanmış bir alıcı World hesabını açar, 1688 ID’sini World Pay
  (跨境宝) için yetkilendirir, önizledikten sonra bir CNH ödeme alma hesabı oluşturur, SGD alır,
  SGD’yi 1 SGD = 5.4560 CNH kurundan CNH’ye çevirir ve 1688.com alışverişlerini ödeyen CNH
  bakiyesini görür. Bakiyede CNH olmadıkça yolculuğun sıradaki adımı dönüşümdür.

  @SCN-TOP-20 @WFA-01 @WFA-02 @AUTH-01 @AUTH-03 @TOP-02 @TOP-04 @TOP-05 @TOP-07 @ui
  Senaryo: World hesabını aç, 1688 ID’sini yetkilendir, CNH hesabı oluştur, SGD al ve CNH’ye çevir
    Diyelim ki telefon numarası "+60" ile başlayan bir alıcı
    Ve alıcı yolculuğa başlamış
    Ve alıcının Alipay ile doğrulanmış bir 1688 hesabı zaten var
    Ve alıcı mevcut 1688 hesabıyla giriş yapar
    Ve mevcut 1688 hesabı zaten doğrulanmış olarak bağlanır
    Eğer ki alıcı WorldFirst’ten SMS ile kod ister
    Ve alıcı gelen kodla World hesabını oluşturur
    O zaman World hesabı açılır
    Ve sıradaki adım "WorldFirst hesabınızı 1688 hesabı için yetkilendirin"
    Eğer ki alıcı "buyer" 1688 ID’sini WorldFirst’te yetkilendirir
    Ve alıcı gelen kodla yetkilendirmeyi onaylar
    O zaman "buyer" 1688 ID’si için World Pay (跨境宝) hizmeti etkinleştirilir
    Eğer ki alıcı "CNH" para biriminde, "My CNH" adlı ödeme alma hesabını önizler
    O zaman önizleme "CNH" para birimli, "My CNH" adlı hesabı "JP Morgan Chase" bankasında, "Hong Kong" konumunda gösterir
    Eğer ki alıcı "CNH" para biriminde "My CNH" adlı bir ödeme alma hesabı oluşturur
    O zaman "CNH" ödeme alma hesabı 12 haneli bir hesap numarasıyla oluşturulur ve etkinleşir
    Ve sıradaki adım "Paranızı CNH’ye çevirin"
    Ve alıcının World hesabına "1000.00" "SGD" gelmiş
    Eğer ki alıcı "100.00" "SGD" tutarını "CNH" para birimine çevirmek ister
    O zaman teklife göre "100.00" "SGD" karşılığında "545.60" "CNH" alınır, kur "5.4560"
    Eğer ki alıcı teklifi onaylar
    O zaman "100.00" "SGD", "545.60" "CNH" tutarına çevrilir
    Ve alıcının "CNH" bakiyesi "545.60"
